// A seed-format .txt file: any bytes go through the real file reader (binary sniffing, UTF-8
// repair, header parsing) and give one article or warnings, never a crash. The parser alone must
// also keep its contract on unrepaired bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <mss/index.h>

#include "articles/seed_text_reader.h"
#include "dates/iso_date.h"
#include "scratch_source_file.h"
#include "utf8_repair.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mss::fuzz::ScratchSourceFile file("fuzz.txt");
    const auto [articles, warnings] = file.read(data, size, [](const mss::Article& article) {
        if (article.id != "fuzz.txt" || mss::find_invalid_utf8(article.title) ||
            mss::find_invalid_utf8(article.body)) {
            std::abort();  // what reaches the analyser is valid UTF-8 under a stable id
        }
        if (article.date && !mss::is_valid_iso_date(*article.date)) {
            std::abort();  // a date that is not a real day must never reach the index
        }
    });
    if (articles > 1 || (articles == 0 && warnings == 0)) {
        std::abort();  // one file is one article, or a warning says why it is not
    }

    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parse = mss::parse_seed_text(text, "fuzz.txt", "fuzz.txt");
    if (parse.article.date && !mss::is_valid_iso_date(*parse.article.date)) {
        std::abort();
    }
    if (parse.article.title.size() + parse.article.body.size() > size) {
        std::abort();
    }
    return 0;
}
