#include "shards/shard_set.h"

#include <mss/error.h>

#include "schema.h"
#include "update_race.h"

namespace mss {
namespace {

Xapian::Database open_shard(const ShardAddress& address, const ShardOptions& options) {
    switch (address.kind) {
        case ShardAddress::Kind::kLocal:
            return Xapian::Database(address.path);
        case ShardAddress::Kind::kRemoteTcp:
            return Xapian::Remote::open(address.host, address.port, options.timeout_ms,
                                        options.connect_timeout_ms);
        case ShardAddress::Kind::kRemoteProgram:
            return Xapian::Remote::open(address.program, address.args, options.timeout_ms);
    }
    return Xapian::Database();
}

std::string shard_label(const std::string& index, const ShardAddress& address) {
    return "shard \"" + address.name + "\" of " + index;
}

}  // namespace

ShardSet::ShardSet(const std::string& index, const ShardOptions& options)
    : index_(index), options_(options) {
    // Each stub is recorded before it is read (the shards' own stubs are read by Xapian when
    // they are opened), so a rebuild published meanwhile is noticed by replaced().
    watch_.record(stub_file(index));
    const std::vector<ShardAddress> addresses = read_shard_list(index);
    for (const ShardAddress& address : addresses) {
        if (address.kind == ShardAddress::Kind::kLocal) {
            watch_.record(stub_file(address.path));
        }
    }
    for (const ShardAddress& address : addresses) {
        try {
            shards_.push_back({address, open_shard(address, options)});
        } catch (const Xapian::Error& e) {
            if (is_update_race(e)) {
                throw;  // not a shard down: the caller opens again
            }
            // One local, unsharded index that cannot be opened is simply an unreadable index.
            if (addresses.size() == 1) {
                throw IndexMissingError(index + ": cannot open index: " + e.get_description());
            }
            if (!options.partial) {
                throw ShardUnavailableError(
                    shard_label(index, address) + " is unavailable: " + e.get_description(),
                    address.name);
            }
            unavailable_.push_back(address.name);
        }
    }
    if (shards_.empty()) {
        throw ShardUnavailableError(index + ": no shard is available", addresses.front().name);
    }
    combine();
}

void ShardSet::combine() {
    combined_ = Xapian::Database();
    StoredTextReader stored_text;
    for (const Shard& shard : shards_) {
        combined_.add_database(shard.database);
        // Read again at every reconnection: a server may serve a rebuilt shard by now.
        stored_text.add_dictionary(shard.database.get_metadata(schema::kDictionaryKey));
    }
    stored_text_ = std::move(stored_text);
}

std::string ShardSet::agreed_metadata(const std::string& key) const {
    const std::string first = shards_.front().database.get_metadata(key);
    for (const Shard& shard : shards_) {
        if (shard.database.get_metadata(key) != first) {
            throw IndexMissingError(shard_label(index_, shard.address) +
                                    " disagrees with shard \"" + shards_.front().address.name +
                                    "\" on " + key +
                                    "; index every shard with the same mss-index and data");
        }
    }
    return first;
}

bool ShardSet::reconnect() {
    // A connection that failed in the middle of a query may still hold another shard's unread
    // reply, so every shard gets a fresh connection, and one that refuses it is down.
    std::vector<Shard> answering;
    for (const Shard& shard : shards_) {
        try {
            answering.push_back({shard.address, open_shard(shard.address, options_)});
        } catch (const Xapian::Error& e) {
            if (!options_.partial) {
                throw ShardUnavailableError(shard_label(index_, shard.address) +
                                                " stopped answering: " + e.get_description(),
                                            shard.address.name);
            }
            unavailable_.push_back(shard.address.name);
        }
    }
    if (answering.empty()) {
        throw ShardUnavailableError(index_ + ": no shard is available", unavailable_.front());
    }
    const bool dropped = answering.size() != shards_.size();
    shards_ = std::move(answering);
    combine();
    return dropped;
}

bool ShardSet::catch_up_local() {
    bool changed = false;
    for (Shard& shard : shards_) {
        if (shard.address.kind == ShardAddress::Kind::kLocal) {
            changed = shard.database.reopen() || changed;
        }
    }
    if (changed) {
        combine();
    }
    return changed;
}

void ShardSet::reopen() {
    for (Shard& shard : shards_) {
        shard.database.reopen();
    }
    combine();
}

std::optional<ShardRevisions> ShardSet::revisions() const {
    ShardRevisions revisions;
    for (const Shard& shard : shards_) {
        if (shard.address.kind != ShardAddress::Kind::kLocal) {
            return std::nullopt;
        }
        revisions.push_back(
            {shard.address.name, shard.database.get_uuid(), shard.database.get_revision()});
    }
    return revisions;
}

bool ShardSet::has_remote() const {
    for (const Shard& shard : shards_) {
        if (shard.address.kind != ShardAddress::Kind::kLocal) {
            return true;
        }
    }
    return false;
}

}  // namespace mss
