// A JSON Lines file: any bytes go through the real file reader (line splitting with its length
// cap, UTF-8 repair, JSON parsing) and give articles or warnings, never a crash. One line fed to
// the line parser alone must also give an article or a reason.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <mss/index.h>

#include "articles/jsonl_reader.h"
#include "dates/iso_date.h"
#include "scratch_source_file.h"
#include "utf8_repair.h"

namespace {

// Small, so that the fuzzer's inputs reach the over-long-line path too.
constexpr std::uintmax_t kMaxLineBytes = 4096;

void check_article(const mss::Article& article) {
    if (article.id.find_first_not_of(" \t\r\n") == std::string::npos) {
        std::abort();  // an article without an id could not be replaced or deleted later
    }
    if (article.date && !mss::is_valid_iso_date(*article.date)) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mss::fuzz::ScratchSourceFile file("fuzz.jsonl");
    mss::ReadOptions options;
    options.max_bytes = kMaxLineBytes;
    mss::read_articles(
        file.write(data, size),
        [](mss::Article&& article) {
            check_article(article);
            if (mss::find_invalid_utf8(article.title) || mss::find_invalid_utf8(article.body)) {
                std::abort();
            }
        },
        [](const mss::SourceWarning& warning) {
            if (warning.message.empty() || warning.where.find("fuzz.jsonl") == std::string::npos) {
                std::abort();
            }
        },
        options);

    const std::string_view line(reinterpret_cast<const char*>(data), size);
    const auto parse = mss::parse_json_line(line, "fuzz.jsonl", 1);
    if (parse.article) {
        check_article(*parse.article);
    } else if (parse.warnings.empty()) {
        std::abort();  // a skipped line must say why
    }
    return 0;
}
