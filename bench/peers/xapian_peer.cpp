// Xapian's plain pipeline as a benchmark peer: TermGenerator with the English stemmer
// (STEM_SOME) and add/replace_document to index; QueryParser defaults, BM25 and MSet::snippet
// to search. It also searches indexes built by scriptindex with xapian_scriptindex.script,
// which stores the same document data.
#include <xapian.h>

#include <optional>
#include <stdexcept>
#include <string>

#include "content_digest.h"
#include "peer_cli.h"

namespace mss_bench {
namespace {

constexpr Xapian::valueno kDigestSlot = 0;
constexpr Xapian::termcount kTitleWeight = 3;  // the title counts as three body words
constexpr std::size_t kSnippetBytes = 160;

// Document data in scriptindex's "field=value" layout, body last so it may span lines.
std::string document_data(const Article& article) {
    return "id=" + article.id + "\ntitle=" + article.title + "\nbody=" + article.body;
}

std::string field_from_data(const std::string& data, const std::string& name, bool to_end) {
    const std::string key = name + "=";
    std::size_t start = data.compare(0, key.size(), key) == 0 ? 0 : data.find("\n" + key);
    if (start == std::string::npos) {
        return "";
    }
    start += start == 0 ? key.size() : key.size() + 1;
    const auto end = to_end ? std::string::npos : data.find('\n', start);
    return data.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string digest_value(const Article& article) {
    return std::to_string(content_digest(article));
}

class XapianPeer : public SearchPeer {
  public:
    IndexCounts index(const std::string& db_path, ArticleReader& articles,
                      const IndexOptions& options) override {
        Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OPEN);
        Xapian::TermGenerator generator;
        generator.set_stemmer(stemmer_);
        generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);

        IndexCounts counts;
        Article article;
        while (articles.next(article)) {
            const std::string id_term = "Q" + article.id;
            const std::string digest = digest_value(article);
            if (const auto existing = stored_digest(db, id_term); existing && *existing == digest) {
                ++counts.skipped;
                continue;
            }
            Xapian::Document document;
            generator.set_document(document);
            generator.index_text(article.title, kTitleWeight);
            generator.increase_termpos();  // no phrase across title and body
            generator.index_text(article.body);
            document.add_boolean_term(id_term);
            document.add_value(kDigestSlot, digest);
            document.set_data(document_data(article));
            db.replace_document(id_term, document);
            ++counts.added;
            if (options.commit_every != 0 && counts.added % options.commit_every == 0) {
                db.commit();
            }
        }
        db.commit();
        return counts;
    }

    void open(const std::string& db_path) override {
        db_ = Xapian::Database(db_path);
        parser_.set_database(db_);
        parser_.set_stemmer(stemmer_);
        parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    }

    std::vector<Hit> search(const std::string& query_text, const QueryOptions& options) override {
        parser_.set_default_op(options.mode == MatchMode::kAllWords ? Xapian::Query::OP_AND
                                                                    : Xapian::Query::OP_OR);
        Xapian::Query query;
        try {
            query = parser_.parse_query(query_text);
        } catch (const Xapian::QueryParserError& error) {
            throw std::runtime_error(error.get_msg());
        }
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BM25Weight());
        const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(options.limit));
        std::vector<Hit> hits;
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            const std::string data = it.get_document().get_data();
            Hit hit;
            hit.id = field_from_data(data, "id", false);
            hit.score = it.get_weight();
            if (options.snippets) {
                hit.snippet = mset.snippet(
                    field_from_data(data, "body", true), kSnippetBytes, stemmer_,
                    Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE, "[",
                    "]", "…");
            }
            hits.push_back(std::move(hit));
        }
        return hits;
    }

  private:
    static std::optional<std::string> stored_digest(const Xapian::Database& db,
                                                    const std::string& id_term) {
        const auto posting = db.postlist_begin(id_term);
        if (posting == db.postlist_end(id_term)) {
            return std::nullopt;
        }
        return db.get_document(*posting).get_value(kDigestSlot);
    }

    Xapian::Stem stemmer_{"english"};
    Xapian::Database db_;
    Xapian::QueryParser parser_;
};

}  // namespace
}  // namespace mss_bench

int main(int argc, char** argv) {
    mss_bench::XapianPeer peer;
    return mss_bench::run_peer_cli(argc, argv, "xapian_peer", peer);
}
