// The story of an article added on its own (IndexWriter::add): it is compared with the articles
// of the index being written, by their stored fingerprints (stored_fingerprint.h), and joins the
// story of its copies. When it is a copy of articles of several stories, those stories are one
// from then on: the one with the most articles (then the smaller id) keeps its id and the others'
// documents are rewritten into it, as a full run's StoryClusters would name them. An article
// that is a copy of nothing is a story of its own, under single_article_story() of its id.
//
// The fingerprints of the index are read once, at the first article, and kept in memory (about
// 600 bytes an article). Not a full run's equal in one case: an article replaced by a text that
// is no longer a copy leaves its story, but the copies it linked stay one story until the next
// mss-index run compares them again.
//
// Thread-safety: one thread, the writer's.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <xapian.h>

#include <mss/article.h>

#include "stories/shingle_fingerprint.h"
#include "stories/story_clusters.h"

namespace mss {

class AddedArticleStories {
  public:
    explicit AddedArticleStories(Xapian::WritableDatabase& database) : database_(database) {}

    // The story `article` joins, merging the stories of its copies first (their documents are
    // rewritten in the database, uncommitted). The caller then writes the article and calls
    // added() with its document id.
    std::string join(const Article& article);
    void added(Xapian::docid document);

  private:
    void load();
    void remember(Xapian::docid document, const ShingleFingerprint& fingerprint);
    std::size_t articles_in(const std::string& story, Xapian::docid except) const;
    void merge(const std::string& from, const std::string& into);

    Xapian::WritableDatabase& database_;
    bool loaded_ = false;
    std::unordered_map<Xapian::docid, ShingleFingerprint> fingerprints_;
    CandidateTable candidates_;   // by document id
    ShingleFingerprint joining_;  // of the article join() was last called for
};

}  // namespace mss
