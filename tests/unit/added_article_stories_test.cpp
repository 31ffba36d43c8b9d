#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/index.h>

#include "index_layout.h"
#include "numbered_words.h"
#include "schema.h"
#include "scratch_folder.h"
#include "stored_text.h"

namespace {

// Paragraphs of twelve words.
std::string words(int from, int count) {
    return mss::testing::numbered_words(from, count, "w", 12, ".\n\n");
}

mss::Article article(const std::string& id, const std::string& title, const std::string& body) {
    mss::Article a;
    a.id = id;
    a.title = title;
    a.body = body;
    a.path = id;
    return a;
}

// Article id -> story, read from the committed index with Xapian (the oracle is the raw slot).
std::map<std::string, std::string> stories_in(const std::string& index) {
    const Xapian::Database database(mss::IndexLayout(index).live_generation()->string());
    const mss::StoredTextReader text = mss::StoredTextReader::of(database);
    std::map<std::string, std::string> stories;
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        const Xapian::Document document = database.get_document(*it);
        stories[mss::schema::parse_article(text.restore(document.get_data())).id] =
            document.get_value(mss::schema::kStorySlot);
    }
    return stories;
}

std::map<std::string, std::string> add_all(const std::string& index,
                                           const std::vector<mss::Article>& articles) {
    mss::IndexWriter writer(index, {MSS_SOURCE_DIR, {}});
    for (const auto& a : articles) {
        writer.add(a);
    }
    writer.commit();
    return stories_in(index);
}

}  // namespace

TEST_CASE("articles added one by one join the story of their copies", "[stories]") {
    ScratchFolder scratch;
    const std::string index = (scratch.path() / "index").string();
    const std::string story = words(0, 300);
    std::string one_word = story;
    one_word.replace(one_word.find("w150 "), 5, "other ");
    const auto stories =
        add_all(index, {article("a1", "Kenya sends troops", story),
                        article("a2", "Third contingent leaves", story),  // retitled
                        article("a3", "Kenya sends troops", one_word),
                        article("a4", "Kenya sends", story.substr(0, story.size() / 5)),  // cut
                        article("b1", "Troops arrive in Haiti", words(5000, 300))});
    CHECK(stories.at("a1") == stories.at("a2"));
    CHECK(stories.at("a1") == stories.at("a3"));
    CHECK(stories.at("a1") == stories.at("a4"));
    CHECK(stories.at("b1") != stories.at("a1"));
}

TEST_CASE("an article added later, by another writer, joins the story of its copies", "[stories]") {
    ScratchFolder scratch;
    const std::string index = (scratch.path() / "index").string();
    add_all(index, {article("a1", "Kenya sends troops", words(0, 300)),
                    article("b1", "Troops arrive", words(5000, 300))});
    const auto stories = add_all(index, {article("a2", "Retitled", words(0, 300))});
    CHECK(stories.at("a2") == stories.at("a1"));
    CHECK(stories.at("b1") != stories.at("a1"));
}

TEST_CASE("an added article that holds two stories makes them one, everywhere", "[stories]") {
    ScratchFolder scratch;
    const std::string index = (scratch.path() / "index").string();
    const auto before =
        add_all(index, {article("a1", "A", words(0, 200)), article("a2", "A again", words(0, 200)),
                        article("b1", "B", words(5000, 200))});
    REQUIRE(before.at("a1") != before.at("b1"));
    // A round-up that carries both stories whole: each is a cut copy of it.
    const auto after =
        add_all(index, {article("c1", "Both", words(0, 200) + "\n\n" + words(5000, 200))});
    CHECK(after.at("c1") == before.at("a1"));  // the story with more articles keeps its id
    CHECK(after.at("b1") == before.at("a1"));
    CHECK(after.at("a2") == before.at("a1"));
    // The boolean term moved with the value: the story's term lists all four.
    const Xapian::Database database(mss::IndexLayout(index).live_generation()->string());
    CHECK(database.get_termfreq(mss::schema::kStoryPrefix + before.at("a1")) == 4);
    CHECK(database.get_termfreq(mss::schema::kStoryPrefix + before.at("b1")) == 0);
}

TEST_CASE("an added article replaced by another text leaves its story", "[stories]") {
    ScratchFolder scratch;
    const std::string index = (scratch.path() / "index").string();
    add_all(index, {article("a1", "A", words(0, 200)), article("a2", "A again", words(0, 200))});
    const auto after = add_all(index, {article("a1", "Now B", words(5000, 200))});
    CHECK(after.at("a1") != after.at("a2"));
}
