// One line of a JSON Lines file: any bytes give an article or warnings, never a crash.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "articles/jsonl_reader.h"
#include "dates/iso_date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    const auto parse = mss::parse_json_line(line, "fuzz.jsonl", 1);
    if (parse.article) {
        if (parse.article->id.empty()) {
            std::abort();  // an article without an id could not be replaced or deleted later
        }
        if (parse.article->date && !mss::is_valid_iso_date(*parse.article->date)) {
            std::abort();
        }
    } else if (parse.warnings.empty()) {
        std::abort();  // a skipped line must say why
    }
    return 0;
}
