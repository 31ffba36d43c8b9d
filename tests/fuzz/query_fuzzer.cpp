// Query strings come straight from users: any bytes give a query or mss::QueryError, never a
// crash, a hang or another exception. Built against a small index whose vocabulary makes every
// one- or two-letter prefix expand to its cap, so the query budget (prefix_expansion.h) is met.
// Built as a search with a time limit builds it (phrases and windows AND-ed with the deadline's
// posting source) and matched, so a query Xapian cannot run (InvalidOperationError from a
// posting source under a synonym) escapes as a crash; the posting-list budget is met too.
#include <cstdint>
#include <string>
#include <string_view>

#include <xapian.h>

#include <mss/error.h>

#include "entities/entity_registry.h"
#include "query/posting_list_budget.h"
#include "query/query_builder.h"
#include "query/query_parser.h"
#include "search_deadline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mss::Analyzer analyzer(mss::StopwordList::parse("the\nof\nand\n"));
    static const mss::EntityRegistry entities = mss::EntityRegistry::parse(
        "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque\n"
        "organisation\tpnh\tHaitian National Police\tPNH\n",
        "fuzz registry");
    static const Xapian::WritableDatabase database = [] {
        Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
        Xapian::Document document;
        for (char first = 'a'; first <= 'z'; ++first) {
            for (int i = 0; i < 250; ++i) {
                document.add_posting(
                    first + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i),
                    static_cast<Xapian::termpos>(i + 1));
            }
        }
        db.add_document(document);
        return db;
    }();
    static const mss::AliasMatcher aliases(entities);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const mss::SearchDeadline deadline(3600);
    mss::QueryContext context{analyzer,
                              entities,
                              aliases,
                              "2025-03-15",
                              &database,
                              {mss::Language::kEnglish},
                              deadline.positional_guard(false)};
    try {
        const mss::BuiltQuery built = mss::build_query(mss::parse_query(text), {}, context);
        // Over the budget only without proximity windows, which the budget leaves out.
        if (mss::posting_lists(built.strict) > mss::kMaxPostingLists &&
            !built.strict_without_proximity.empty()) {
            __builtin_trap();
        }
        for (const Xapian::Query& query : {built.strict, built.relaxed, built.undated_probe}) {
            Xapian::Enquire enquire(database);
            enquire.set_query(query);
            enquire.get_mset(0, 10);
        }
    } catch (const mss::QueryError&) {
    }
    return 0;
}
