// Embedding libmss: open an index, run a structured query, print each hit with its matches in
// [brackets]. Usage: search_example INDEX_DIR QUERY
#include <iostream>

#include <mss/error.h>
#include <mss/json.h>
#include <mss/search.h>

namespace {

// The snippet with every highlight span wrapped in [ ]: spans count characters, cut at the bytes
// they start at.
std::string bracketed(const std::string& text, const std::vector<mss::Highlight>& spans) {
    std::string out;
    std::size_t written = 0;
    for (const auto& [first, last] : spans) {
        const std::size_t begin = mss::utf8_byte_offset(text, first);
        const std::size_t end = mss::utf8_byte_offset(text, last);
        out += text.substr(written, begin - written) + "[" + text.substr(begin, end - begin) + "]";
        written = end;
    }
    return out + text.substr(written);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: search_example INDEX_DIR QUERY\n";
        return 2;
    }
    try {
        mss::Searcher searcher(argv[1]);
        mss::SearchRequest request;
        request.text = argv[2];
        request.limit = 5;
        request.snippet_chars = 160;
        const mss::SearchResult result = searcher.search(request);
        std::cout << result.total << " matching articles\n";
        for (const mss::Hit& hit : result.hits) {
            std::cout << hit.rank << ". " << bracketed(hit.title, hit.title_highlights) << " ("
                      << hit.date.value_or("undated") << ")\n   "
                      << bracketed(hit.snippet, hit.highlights) << '\n';
        }
        // The same result as mss-search --json prints it.
        std::cout << mss::to_json(result) << '\n';
        return result.hits.empty() ? 1 : 0;
    } catch (const mss::QueryError& e) {
        std::cerr << "bad query at character " << e.position() + 1 << ": " << e.what() << '\n';
        return 2;
    } catch (const mss::Error& e) {
        std::cerr << mss::to_string(e.kind()) << ": " << e.what() << '\n';
        return e.kind() == mss::ErrorKind::kIndexMissing ? 3 : 4;
    }
}
