#include <catch2/catch.hpp>

#include <string>

#include <unicode/unistr.h>

#include <mss/mentions.h>

namespace {

// Characters [begin, end) of a UTF-8 text, counted as code points by ICU, the way a program
// outside C++ (Python's str, for one) cuts the field text with the offsets.
std::string cut_code_points(const std::string& text, std::size_t begin, std::size_t end) {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    const int32_t from = unicode.moveIndex32(0, static_cast<int32_t>(begin));
    const int32_t to = unicode.moveIndex32(0, static_cast<int32_t>(end));
    std::string piece;
    unicode.tempSubStringBetween(from, to).toUTF8String(piece);
    return piece;
}

mss::Article accented_article() {
    mss::Article article;
    article.id = "accented";
    article.path = "accented";
    article.date = "2025-01-22";
    article.title = "“Chérizier” defies Moïse’s heirs as Kenya’s police arrive";
    article.body =
        "Après « l’assassinat » of Jovenel Moïse, the gang leader Jimmy Chérizier, known as "
        "“Barbeque”, said on Saturday that Haïti’s police had failed. Last week’s "
        "clashes in Port-au-Prince followed; Chérizier spoke again last week.";
    return article;
}

}  // namespace

TEST_CASE("cutting the field by character offsets gives the occurrence as written", "[mentions]") {
    mss::MentionFinder finder(mss::IndexWriterOptions{MSS_SOURCE_DIR, {}});
    const mss::Article article = accented_article();
    const mss::ArticleMentions mentions = finder.find(article);
    REQUIRE_FALSE(mentions.entities.empty());
    bool offsets_differ = false;
    for (const mss::EntityOccurrence& entity : mentions.entities) {
        const std::string& field = entity.field == "title" ? article.title : article.body;
        INFO(entity.field << ' ' << entity.id << ' ' << entity.begin << '-' << entity.end);
        CHECK(cut_code_points(field, entity.begin, entity.end) == entity.text);
        CHECK(field.substr(entity.byte_begin, entity.byte_end - entity.byte_begin) == entity.text);
        offsets_differ = offsets_differ || entity.begin != entity.byte_begin;
    }
    for (const mss::DateOccurrence& date : mentions.dates) {
        const std::string& field = date.field == "title" ? article.title : article.body;
        CHECK(cut_code_points(field, date.begin, date.end) == date.text);
    }
    CHECK(offsets_differ);  // the accents and curly quotes before the mentions count
}

TEST_CASE("accented names are found with their alias, kind and field", "[mentions]") {
    mss::MentionFinder finder(mss::IndexWriterOptions{MSS_SOURCE_DIR, {}});
    const mss::Article article = accented_article();
    const mss::ArticleMentions mentions = finder.find(article);
    auto find = [&](const std::string& field, const std::string& text) {
        for (const mss::EntityOccurrence& entity : mentions.entities) {
            if (entity.field == field && entity.text == text) {
                return entity;
            }
        }
        FAIL("no occurrence '" << text << "' in the " << field);
        return mss::EntityOccurrence{};
    };
    const mss::EntityOccurrence headline = find("title", "Chérizier");
    CHECK(headline.kind == "person");
    CHECK(headline.id == "jimmy-cherizier");
    CHECK(headline.begin == 1);       // after the opening quote, one character
    CHECK(headline.byte_begin == 3);  // of three bytes
    CHECK(headline.end == 10);
    const mss::EntityOccurrence moise = find("body", "Jovenel Moïse");
    CHECK(moise.id == "jovenel-moise");
    CHECK(moise.begin == 26);       // "Après « l’assassinat » of " is 26 characters
    CHECK(moise.byte_begin == 31);  // and 31 bytes
    const mss::EntityOccurrence nickname = find("body", "Barbeque");
    CHECK(nickname.id == "jimmy-cherizier");
    CHECK(nickname.evidence == "alias 'Barbeque'");
    CHECK(find("body", "Port-au-Prince").kind == "place");
}

TEST_CASE("date occurrences carry character offsets and spans", "[mentions]") {
    mss::MentionFinder finder(mss::IndexWriterOptions{MSS_SOURCE_DIR, {}});
    const mss::Article article = accented_article();
    const mss::ArticleMentions mentions = finder.find(article);
    std::vector<std::string> texts;
    for (const mss::DateOccurrence& date : mentions.dates) {
        texts.push_back(date.text);
        if (date.text == "last week" || date.text == "Last week’s") {
            CHECK(date.value == "20250113");
            CHECK(date.last_day == "20250119");
        }
    }
    CHECK(texts == std::vector<std::string>{"Saturday", "Last week’s", "last week"});
    CHECK(mentions.date_source == "header");
}
