// An .rss feed: any bytes go through the real file reader and the libxml2 XML parser, and give
// items or warnings naming the file, never a crash.
#include <cstdint>
#include <cstdlib>
#include <string>

#include <mss/index.h>

#include "dates/iso_date.h"
#include "scratch_source_file.h"
#include "utf8_repair.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const mss::fuzz::ScratchSourceFile file("fuzz.rss");
    // A well-formed feed with no items is silent by design: neither count is checked.
    file.read(data, size, [](const mss::Article& article) {
        // A feed's items, or, when the content is a web page whatever the extension says,
        // the one page under the file's name.
        const bool item_or_page =
            article.from_feed ? !article.id.empty() : article.id == "fuzz.rss";
        if (!item_or_page || mss::find_invalid_utf8(article.title) ||
            mss::find_invalid_utf8(article.body) || mss::find_invalid_utf8(article.source)) {
            std::abort();
        }
        if (article.date && !mss::is_valid_iso_date(*article.date)) {
            std::abort();  // a date that is not a real day must never reach the index
        }
    });
    return 0;
}
