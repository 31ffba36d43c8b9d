// An .html page: any bytes go through the real file reader (binary sniffing, UTF-8 repair, the
// libxml2 HTML parser) and give one article or a warning, never a crash.
#include <cstdint>
#include <cstdlib>

#include <mss/index.h>

#include "dates/iso_date.h"
#include "scratch_source_file.h"
#include "utf8_repair.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mss::fuzz::ScratchSourceFile file("fuzz.html");
    const auto [articles, warnings] = file.read(data, size, [](const mss::Article& article) {
        if (article.id != "fuzz.html" || mss::find_invalid_utf8(article.title) ||
            mss::find_invalid_utf8(article.body) || mss::find_invalid_utf8(article.author)) {
            std::abort();  // what reaches the analyser is valid UTF-8 under a stable id
        }
        if (article.date && !mss::is_valid_iso_date(*article.date)) {
            std::abort();
        }
    });
    if (articles > 1 || (articles == 0 && warnings == 0)) {
        std::abort();  // one page is one article, or a warning says why it is not
    }
    return 0;
}
