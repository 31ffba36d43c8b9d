// The open shards of an index, searched as one Xapian database. Local shards are opened as
// folders; remote ones with Xapian::Remote::open and the timeouts of ShardOptions, so a shard that
// is down or hangs fails within a known time instead of blocking the search.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include <mss/search.h>

#include "shards/shard_list.h"
#include "shards/shard_revision.h"
#include "shards/stub_watch.h"
#include "stored_text.h"

namespace mss {

class ShardSet {
  public:
    // Opens every shard `index` lists. A shard that cannot be opened throws
    // ShardUnavailableError, or with `options.partial` is left out and listed in unavailable().
    ShardSet(const std::string& index, const ShardOptions& options);

    // Every shard that answered, as one database (Xapian merges ranking statistics, matches and
    // the built-in match spies across them).
    const Xapian::Database& database() const { return combined_; }

    // Whether some shard is a remote server (which takes no match spy of ours).
    bool has_remote() const;

    // Reads the document data of database(): it holds every shard's text dictionary (each shard
    // trains its own), read from its metadata, which a remote shard serves too.
    const StoredTextReader& stored_text() const { return stored_text_; }

    // The shards left out, named as the stub names them.
    const std::vector<std::string>& unavailable() const { return unavailable_; }

    // Metadata every shard must agree on (the analyser's stopwords, the entity registry): the
    // value, or IndexMissingError naming the first shard that disagrees with the first.
    std::string agreed_metadata(const std::string& key) const;

    // After a Xapian::NetworkError: connects to every shard afresh. A shard that does not answer
    // throws ShardUnavailableError naming it, or with `partial` is left out. Returns true when
    // some shard was left out, false when all answered again.
    bool reconnect();

    // True when a full rebuild has published a new generation of this index or of a local shard
    // since it was opened (shards/stub_watch.h): open a new ShardSet to read it.
    bool replaced() const { return watch_.changed(); }

    // Which commit of which database each shard answering is read at, for caches of what the
    // index holds; nullopt when some shard cannot tell (a remote one).
    std::optional<ShardRevisions> revisions() const;

    // Reopens every shard at its newest committed state (after DatabaseModifiedError).
    void reopen();

    // Moves the local shards to their newest commit, so a long-lived searcher sees what an
    // incremental run added (a remote shard's server reads its newest commit itself). Cheap when
    // nothing changed. Returns true when some shard had a newer commit.
    bool catch_up_local();

  private:
    struct Shard {
        ShardAddress address;
        Xapian::Database database;
    };
    void combine();

    std::string index_;
    ShardOptions options_;
    StubWatch watch_;
    std::vector<Shard> shards_;
    std::vector<std::string> unavailable_;
    Xapian::Database combined_;
    StoredTextReader stored_text_;
};

}  // namespace mss
