// Reads articles from a JSON Lines file, the shape every indexer in the benchmark accepts:
// {"id", "title", "body", "date"?}. One article is held in memory at a time.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>

namespace mss_bench {

struct Article {
    std::string id;
    std::string title;
    std::string body;
    std::string date;  // YYYY-MM-DD, or empty when the article has none
};

class ArticleReader {
  public:
    // Throws std::runtime_error when the file cannot be opened.
    explicit ArticleReader(const std::string& path);

    // Fills `article` with the next article; returns false at the end of the file.
    // Throws std::runtime_error (with the line number) on a line that is not an article.
    bool next(Article& article);

  private:
    std::ifstream in_;
    std::string path_;
    std::string line_;
    std::uint64_t line_number_ = 0;
};

}  // namespace mss_bench
