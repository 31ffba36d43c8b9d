// The seed article format: any bytes must parse without crashing, and the parts it returns must
// come from the input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "articles/seed_text_reader.h"
#include "dates/iso_date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parse = mss::parse_seed_text(text, "fuzz.txt", "fuzz.txt");
    if (parse.article.date && !mss::is_valid_iso_date(*parse.article.date)) {
        std::abort();  // a date that is not a real day must never reach the index
    }
    if (parse.article.title.size() + parse.article.body.size() > size) {
        std::abort();
    }
    return 0;
}
