// Query strings come straight from users: any bytes give a query or mss::QueryError, never a
// crash, a hang or another exception.
#include <cstdint>
#include <string_view>

#include <mss/error.h>

#include "query_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mss::Analyzer analyzer(mss::StopwordList::parse("the\nof\nand\n"));
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        mss::build_query(text, analyzer);
    } catch (const mss::QueryError&) {
    }
    return 0;
}
