#include "article_lookup.h"

#include "schema.h"

namespace mss {

std::optional<IndexedArticle> find_article(const Xapian::Database& database,
                                           const StoredTextReader& text, const std::string& id) {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator posting = database.postlist_begin(term);
    // Ids too long for a term share a shortened term only by hash collision: check the id itself.
    for (; posting != database.postlist_end(term); ++posting) {
        const Xapian::Document document = database.get_document(*posting);
        schema::StoredArticle stored =
            schema::parse_stored_article(text.restore(document.get_data()));
        if (stored.article.id != id) {
            continue;
        }
        IndexedArticle found;
        found.article = std::move(stored.article);
        found.date_source = std::move(stored.date_source);
        found.entities =
            schema::parse_facets_value(document.get_value(schema::kFacetsSlot)).entities;
        return found;
    }
    return std::nullopt;
}

}  // namespace mss
