// SQLite FTS5 as a benchmark peer: porter stemming over unicode61 with diacritics removed,
// bm25 with the title weighted 3 to the body's 1, snippet() on request.
#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "content_digest.h"
#include "fts5_match_expression.h"
#include "peer_cli.h"

namespace mss_bench {
namespace {

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using DatabaseHandle = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// Article ids and content digests live beside the FTS5 table (sharing its rowids), so a re-run
// can skip unchanged articles the way an incremental indexer would.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS article_digest(
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, digest INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS articles USING fts5(
    title, body, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO articles(articles, rank) VALUES('rank', 'bm25(3.0, 1.0)');
)sql";

class Fts5Peer : public SearchPeer {
  public:
    IndexCounts index(const std::string& db, ArticleReader& articles,
                      const IndexOptions& options) override {
        open_database(db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        execute(kSchema);
        Statement find = prepare("SELECT rowid, digest FROM article_digest WHERE id = ?");
        Statement add_digest = prepare("INSERT INTO article_digest(id, digest) VALUES(?, ?)");
        Statement update_digest = prepare("UPDATE article_digest SET digest = ? WHERE rowid = ?");
        Statement remove_text = prepare("DELETE FROM articles WHERE rowid = ?");
        Statement add_text = prepare("INSERT INTO articles(rowid, title, body) VALUES(?, ?, ?)");

        IndexCounts counts;
        Article article;
        execute("BEGIN");
        while (articles.next(article)) {
            const auto digest = static_cast<sqlite3_int64>(content_digest(article));
            bind_text(find.get(), 1, article.id);
            sqlite3_int64 rowid = 0;
            if (step(find.get()) == SQLITE_ROW) {
                rowid = sqlite3_column_int64(find.get(), 0);
                const bool unchanged = sqlite3_column_int64(find.get(), 1) == digest;
                sqlite3_reset(find.get());
                if (unchanged) {
                    ++counts.skipped;
                    continue;
                }
                sqlite3_bind_int64(remove_text.get(), 1, rowid);
                step_to_done(remove_text.get());
                sqlite3_bind_int64(update_digest.get(), 1, digest);
                sqlite3_bind_int64(update_digest.get(), 2, rowid);
                step_to_done(update_digest.get());
            } else {
                sqlite3_reset(find.get());
                bind_text(add_digest.get(), 1, article.id);
                sqlite3_bind_int64(add_digest.get(), 2, digest);
                step_to_done(add_digest.get());
                rowid = sqlite3_last_insert_rowid(db_.get());
            }
            sqlite3_bind_int64(add_text.get(), 1, rowid);
            bind_text(add_text.get(), 2, article.title);
            bind_text(add_text.get(), 3, article.body);
            step_to_done(add_text.get());
            ++counts.added;
            if (options.commit_every != 0 && counts.added % options.commit_every == 0) {
                execute("COMMIT; BEGIN");
            }
        }
        execute("COMMIT");
        return counts;
    }

    void open(const std::string& db) override {
        open_database(db, SQLITE_OPEN_READONLY);
        // The configured rank is bm25(3.0, 1.0): ORDER BY rank lets FTS5 sort by it directly.
        const char* id_of_row = "(SELECT id FROM article_digest WHERE rowid = articles.rowid)";
        search_plain_ = prepare(std::string("SELECT ") + id_of_row +
                                ", rank FROM articles WHERE articles MATCH ? "
                                "ORDER BY rank LIMIT ?");
        search_with_snippets_ =
            prepare(std::string("SELECT ") + id_of_row +
                    ", rank, snippet(articles, -1, '[', ']', '…', 12) FROM articles "
                    "WHERE articles MATCH ? ORDER BY rank LIMIT ?");
    }

    std::vector<Hit> search(const std::string& query, const QueryOptions& options) override {
        sqlite3_stmt* statement =
            options.snippets ? search_with_snippets_.get() : search_plain_.get();
        bind_text(statement, 1, fts5_match_expression(query, options.mode));
        sqlite3_bind_int64(statement, 2, static_cast<sqlite3_int64>(options.limit));
        std::vector<Hit> hits;
        int status;
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            Hit hit;
            hit.id = column_text(statement, 0);
            hit.score = -sqlite3_column_double(statement, 1);  // FTS5 ranks better as lower
            if (options.snippets) {
                hit.snippet = column_text(statement, 2);
            }
            hits.push_back(std::move(hit));
        }
        sqlite3_reset(statement);
        if (status != SQLITE_DONE) {
            throw std::runtime_error(sqlite3_errmsg(db_.get()));
        }
        return hits;
    }

  private:
    void open_database(const std::string& path, int flags) {
        sqlite3* db = nullptr;
        const int status = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
        db_.reset(db);
        if (status != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path + ": " + sqlite3_errmsg(db));
        }
    }

    void execute(const std::string& sql) {
        char* message = nullptr;
        if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string error = message ? message : "unknown error";
            sqlite3_free(message);
            throw std::runtime_error(error + " in: " + sql);
        }
    }

    Statement prepare(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            throw std::runtime_error(std::string(sqlite3_errmsg(db_.get())) + " in: " + sql);
        }
        return Statement(statement);
    }

    int step(sqlite3_stmt* statement) {
        const int status = sqlite3_step(statement);
        if (status != SQLITE_ROW && status != SQLITE_DONE) {
            throw std::runtime_error(sqlite3_errmsg(db_.get()));
        }
        return status;
    }

    void step_to_done(sqlite3_stmt* statement) {
        step(statement);
        sqlite3_reset(statement);
    }

    static void bind_text(sqlite3_stmt* statement, int index, const std::string& text) {
        sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    }

    static std::string column_text(sqlite3_stmt* statement, int column) {
        const auto* text = sqlite3_column_text(statement, column);
        return text ? reinterpret_cast<const char*>(text) : "";
    }

    DatabaseHandle db_;
    Statement search_plain_;
    Statement search_with_snippets_;
};

}  // namespace
}  // namespace mss_bench

int main(int argc, char** argv) {
    mss_bench::Fts5Peer peer;
    return mss_bench::run_peer_cli(argc, argv, "fts5_peer", peer);
}
