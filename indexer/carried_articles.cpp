#include "carried_articles.h"

#include "schema.h"
#include "stored_text.h"

namespace mss {
namespace {

// The article as its reader gave it, from what the index stores: analysing it again gives the
// same date with the same origin.
Article stored_article(const Xapian::Document& document, const StoredTextReader& text) {
    schema::StoredArticle stored = schema::parse_stored_article(text.restore(document.get_data()));
    if (stored.date_source != "header" && stored.date_source != "none") {
        stored.article.date_origin = stored.date_source;
    }
    return std::move(stored.article);
}

DocumentJob carried_job(const Xapian::Document& document, const StoredTextReader& text,
                        const std::string& source_term) {
    return {stored_article(document, text), document.get_value(schema::kContentHashSlot),
            source_term, false, document.get_value(schema::kStorySlot)};
}

}  // namespace

std::string id_term_of(const Xapian::Document& document) {
    Xapian::TermIterator term = document.termlist_begin();
    term.skip_to(schema::kIdPrefix);
    return term != document.termlist_end() ? *term : std::string();
}

void carry_unread_articles(const Xapian::Database& live, const StoredTextReader& text,
                           const std::vector<RebuiltRoot>& roots,
                           const std::function<bool(const std::string&)>& was_read,
                           const std::function<void(DocumentJob&&)>& carry) {
    const auto consider = [&](Xapian::docid id, const std::string& source_term,
                              const UnreadFiles* unread) {
        const Xapian::Document document = live.get_document(id);
        if (was_read(id_term_of(document))) {
            return;
        }
        DocumentJob job = carried_job(document, text, source_term);
        if (unread != nullptr && !unread->hold(job.article.path)) {
            return;  // read in full and gone: retired, and the max-delete guard judges it
        }
        carry(std::move(job));
    };

    // Every article under some source root; the rest belong to none.
    std::vector<bool> rooted(live.get_lastdocid() + 1, false);
    const std::string prefix = schema::kSourceRootPrefix;
    for (auto term = live.allterms_begin(prefix); term != live.allterms_end(prefix); ++term) {
        for (auto it = live.postlist_begin(*term); it != live.postlist_end(*term); ++it) {
            rooted[*it] = true;
        }
    }
    for (auto it = live.postlist_begin(""); it != live.postlist_end(""); ++it) {
        if (!rooted[*it]) {
            consider(*it, "", nullptr);
        }
    }
    for (const RebuiltRoot& root : roots) {
        if (root.unread->empty() && !root.gone) {
            continue;
        }
        for (auto it = live.postlist_begin(root.term); it != live.postlist_end(root.term); ++it) {
            consider(*it, root.term, root.gone ? nullptr : root.unread);
        }
    }
}

}  // namespace mss
