// A small index (in memory unless a path is given) whose documents build_document() writes, as the
// indexer's, from articles whose entities the test states instead of the extractor, for tests of
// querying, facets and spelling.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "document_builder.h"
#include "entities/alias_matcher.h"
#include "entities/entity_registry.h"
#include "stories/story_clusters.h"

namespace mss::test {

struct TestArticle {
    std::string id;
    std::string title;
    std::string body;
    std::optional<std::string> date;
    std::vector<std::pair<EntityKind, std::string>> entities;  // kind and canonical id
    std::string story = {};                                    // empty: a story of its own
    // The names the article writes its entities under, by id, as the extractor reports them;
    // an entity not here is named as the registry names it.
    std::map<std::string, std::string> names = {};
};

class MemoryIndex {
  public:
    explicit MemoryIndex(EntityRegistry registry = {})
        : MemoryIndex(Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY),
                      std::move(registry)) {}
    // The same index on disk at `path`, for tests that commit and read it as a searcher does.
    explicit MemoryIndex(const std::string& path)
        : MemoryIndex(Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN), {}) {}

    void add(const TestArticle& test) {
        Article article;
        article.id = test.id;
        article.path = test.id;
        article.title = test.title;
        article.body = test.body;
        article.date = test.date;
        // The test states the entities itself, so only words and the date are analysed here.
        ArticleAnalysis analysis;
        analysis.title.tokens = analyzer.analyze(article.title);
        analysis.body.tokens = analyzer.analyze(article.body);
        analysis.date = {article.date, article.date ? "header" : "none"};
        // Of the stated entities, those the text writes a name of, as the indexer's scanner sees.
        for (const FieldAnalysis* field : {&analysis.title, &analysis.body}) {
            const std::string& text = field == &analysis.title ? article.title : article.body;
            std::vector<bool> covered(field->tokens.size(), false);
            for (const AliasMatch& found :
                 aliases.scan(text, field->tokens, covered, AliasScope::kNamesAndCues)) {
                for (const auto& [kind, id] : test.entities) {
                    if (found.is_name && kind == found.kind && id == *found.id) {
                        analysis.named.push_back({kind, id});
                    }
                }
            }
        }
        // The stated entities as the extractor reports them: build_document() writes their terms
        // and facet values as it does for every article.
        std::vector<EntityRef>* lists[] = {&analysis.entities.person, &analysis.entities.country,
                                           &analysis.entities.organisation,
                                           &analysis.entities.place};
        for (const auto& [kind, id] : test.entities) {
            const Entity* entity = entities.find(kind, id);
            const auto stated = test.names.find(id);
            lists[static_cast<int>(kind)]->push_back({id, stated != test.names.end()
                                                              ? stated->second
                                                          : entity ? entity->name
                                                                   : id});
        }
        const Xapian::Document document = build_document(
            article, analysis, test.story.empty() ? single_article_story(test.id) : test.story);
        database.add_document(document);
    }

    Xapian::WritableDatabase database;
    Analyzer analyzer;
    EntityRegistry entities;
    AliasMatcher aliases;  // over `entities`

  private:
    MemoryIndex(Xapian::WritableDatabase written, EntityRegistry registry)
        : database(std::move(written)),
          analyzer(StopwordList::parse("the\nof\nand\na\nto\nin\nwho\nis\nwith\n")),
          entities(std::move(registry)),
          aliases(entities) {}
};

// The registry the tests use: the MSS story's names with their aliases.
inline EntityRegistry test_registry() {
    return EntityRegistry::parse(
        "person\tjimmy-cherizier\tJimmy Chérizier\tBarbeque|Barbecue|Cherizier\n"
        "person\tkipchumba-murkomen\tKipchumba Murkomen\tMurkomen\n"
        "person\tgilbert-masengeli\tGilbert Masengeli\tMasengeli\n"
        "country\tke\tKenya\t\tKenyan|Kenyans\n"
        "country\tht\tHaiti\tHaitian\n"
        "organisation\tpnh\tHaitian National Police\tPNH|Police Nationale d'Haïti\n"
        "organisation\tmss\tMultinational Security Support\tMSS|MSSM|MMSS\n",
        "test registry");
}

}  // namespace mss::test
