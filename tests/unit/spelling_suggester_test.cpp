#include <catch2/catch.hpp>

#include "memory_index.h"
#include "spelling/spelling_suggester.h"

namespace {

using mss::test::MemoryIndex;

std::optional<std::string> suggest(MemoryIndex& index, const std::string& query) {
    mss::Vocabulary vocabulary;
    return mss::SpellingSuggester(index.database, vocabulary, index.analyzer, index.entities)
        .suggest(query, mss::free_words(mss::parse_query(query)));
}

void add_articles(MemoryIndex& index) {
    for (int i = 0; i < 12; ++i) {
        index.add({"m" + std::to_string(i),
                   "Murkomen at the airport",
                   "Murkomen flagged off the contingent. The MSF clinic treated officers.",
                   "2025-01-18",
                   {}});
    }
    index.add({"mss", "MSS", "The MSS mission.", "2025-01-18", {}});
}

}  // namespace

TEST_CASE("edit distance counts inserts, deletes, substitutions and swaps", "[spelling]") {
    CHECK(mss::edit_distance("murkomin", "murkomen", 2) == 1);
    CHECK(mss::edit_distance("contingent", "contingnet", 2) == 1);
    CHECK(mss::edit_distance("haiti", "hati", 2) == 1);
    CHECK(mss::edit_distance("police", "polices", 2) == 1);
    CHECK(mss::edit_distance("abc", "xyz", 1) == 2);
    CHECK(mss::edit_distance("kenya", "kenya", 1) == 0);
}

TEST_CASE("a misspelt name gets the index's spelling", "[spelling]") {
    MemoryIndex index;
    add_articles(index);
    CHECK(suggest(index, "Murkomin contingent") == "Murkomen contingent");
    CHECK(suggest(index, "contingent Murkomin") == "contingent Murkomen");
    CHECK(suggest(index, "murkomin") == "murkomen");
}

TEST_CASE("acronyms are never corrected into other acronyms", "[spelling]") {
    MemoryIndex index;
    add_articles(index);
    CHECK_FALSE(suggest(index, "MSS").has_value());
    CHECK_FALSE(suggest(index, "MSS mission").has_value());
}

TEST_CASE("well-spelt words and other forms of a word get no suggestion", "[spelling]") {
    MemoryIndex index;
    add_articles(index);
    CHECK_FALSE(suggest(index, "Murkomen contingent").has_value());
    CHECK_FALSE(suggest(index, "contingents").has_value());
    CHECK_FALSE(suggest(index, "xylophone").has_value());
}

TEST_CASE("a word the index has in any form, however rare, gets no suggestion", "[spelling]") {
    MemoryIndex index;
    add_articles(index);
    // Each once, beside a far more common word one edit away.
    index.add({"rare",
               "Murkomex",
               "Kenya-led police reached Port-au-Prince. Fils-Aimé spoke.",
               "2025-01-19",
               {}});
    for (int i = 0; i < 12; ++i) {
        index.add({"k" + std::to_string(i),
                   "Kenyaled",
                   "Kenyaled Portauprinze Filsaimes",
                   "2025-01-20",
                   {}});
    }
    CHECK_FALSE(suggest(index, "Murkomex").has_value());
    CHECK_FALSE(suggest(index, "Kenya-led").has_value());
    CHECK_FALSE(suggest(index, "Port-au-Prince").has_value());
    CHECK_FALSE(suggest(index, "Fils-Aimé").has_value());
    CHECK_FALSE(suggest(index, "Fils-Aime").has_value());
    // The joined forms of the compounds are words of the index too.
    CHECK_FALSE(suggest(index, "Portauprince").has_value());
    CHECK_FALSE(suggest(index, "Filsaime").has_value());
    // A word no article has still gets one.
    CHECK(suggest(index, "Murkomenn contingent") == "Murkomen contingent");
}
