// Query strings come straight from users: any bytes give a query or mss::QueryError, never a
// crash, a hang or another exception.
#include <cstdint>
#include <string_view>

#include <mss/error.h>

#include "entities/entity_registry.h"
#include "query/query_builder.h"
#include "query/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mss::Analyzer analyzer(mss::StopwordList::parse("the\nof\nand\n"));
    static const mss::EntityRegistry entities = mss::EntityRegistry::parse(
        "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque\n"
        "organisation\tpnh\tHaitian National Police\tPNH\n",
        "fuzz registry");
    static const mss::AliasMatcher aliases(entities);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    mss::QueryContext context{analyzer, entities, aliases, "2025-03-15"};
    try {
        mss::build_query(mss::parse_query(text), {}, context);
    } catch (const mss::QueryError&) {
    }
    return 0;
}
