#include <memory>
#include <optional>

#include <xapian.h>

#include <mss/error.h>
#include <mss/search.h>

#include "analysis/analyzer.h"
#include "article_lookup.h"
#include "entities/alias_matcher.h"
#include "entities/entity_registry.h"
#include "entity_completion.h"
#include "facets/linked_people.h"
#include "facets/surname_link_cache.h"
#include "match/search_once.h"
#include "schema.h"
#include "search_deadline.h"
#include "shards/shard_set.h"
#include "spelling/vocabulary.h"
#include "update_race.h"

namespace mss {

struct Searcher::Impl {
    std::string dir;
    ShardOptions options;
    ShardSet shards;
    std::unique_ptr<Analyzer> analyzer;
    EntityRegistry entities;                      // empty for an index written without entity data
    Vocabulary vocabulary;                        // for spelling suggestions, read at the first one
    std::unique_ptr<const AliasMatcher> aliases;  // the indexer's scanner over `entities`
    SurnameLinkCache surname_links;               // bound to `shards` before each read

    // Opens the index as it is now, with the analyser and entities it was written with.
    static Impl open(const std::string& dir, const ShardOptions& options);

    // `read(database)` on the index as it is now, as search() reads it: after a rebuild the index
    // is opened afresh, after an incremental run the newest commit is read, and a commit that
    // lands while reading is retried on the newest revision. `what` names the read in errors.
    template <typename Read>
    auto read_current(const std::string& what, Read read) {
        if (shards.replaced()) {
            *this = open(dir, options);
        } else {
            shards.catch_up_local();
        }
        constexpr int kAttempts = 20;
        for (int attempt = 1;; ++attempt) {
            try {
                return read(shards.database());
            } catch (const Xapian::Error& e) {
                if (!is_update_race(e) || attempt == kAttempts) {
                    throw IoError(dir + ": " + what + " failed: " + e.get_description());
                }
                shards.reopen();
            }
        }
    }
};

Searcher::Impl Searcher::Impl::open(const std::string& dir, const ShardOptions& options) {
    // Opening reads the newest revision; a writer committing twice before we have read what we
    // need discards it, so opening races with updates just as a search does, and is retried.
    constexpr int kAttempts = 10;
    for (int attempt = 1;; ++attempt) {
        try {
            Impl impl{dir, options, ShardSet(dir, options), nullptr, {}, Vocabulary(), nullptr, {}};
            impl.shards.agreed_metadata(schema::kFormatKey);
            impl.analyzer = std::make_unique<Analyzer>(
                StopwordList::parse(impl.shards.agreed_metadata(schema::kStopwordsKey)),
                StopwordList::parse(impl.shards.agreed_metadata(schema::kFrenchStopwordsKey)),
                StopwordList::parse(impl.shards.agreed_metadata(schema::kCreoleStopwordsKey)));
            const std::string entities = impl.shards.agreed_metadata(schema::kEntitiesKey);
            if (!entities.empty()) {
                impl.entities =
                    EntityRegistry::parse(entities, dir + " (" + schema::kEntitiesKey + ")");
            }
            impl.aliases = std::make_unique<const AliasMatcher>(impl.entities);
            return impl;
        } catch (const Xapian::Error& e) {
            if (!is_update_race(e) || attempt == kAttempts) {
                throw IndexMissingError(dir + ": cannot open index: " + e.get_description());
            }
        }
    }
}

Searcher::Searcher(const std::string& index_dir, const ShardOptions& shards)
    : impl_(std::make_unique<Impl>(Impl::open(index_dir, shards))) {}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResult Searcher::search(const SearchRequest& request) {
    // An indexer committing while we read can invalidate our snapshot; reopening picks up the
    // newest complete commit, so a search never fails because an update is in progress. Only a
    // writer committing twice during every one of the attempts exhausts them. A shard that stops
    // answering fails the search, or with partial results is left out and the search runs again
    // on the others.
    constexpr int kAttempts = 20;
    if (!(request.time_limit_seconds >= 0)) {  // negative or NaN
        throw InvalidArgumentError("the time limit must be 0 (none) or more seconds");
    }
    const SearchDeadline deadline(request.time_limit_seconds);  // over every attempt
    // A full rebuild published a new generation: the reader we hold would go on reading the old
    // one, so the index is opened afresh, its analyser and entities included.
    if (impl_->shards.replaced()) {
        *impl_ = Impl::open(impl_->dir, impl_->options);
    }
    bool reconnected = false;
    bool reopen = false;
    for (int attempt = 1;; ++attempt) {
        try {
            if (reopen) {
                impl_->shards.reopen();  // may meet the race again: inside the try
                impl_->vocabulary.forget();
                reopen = false;
            } else if (attempt == 1 && impl_->shards.catch_up_local()) {
                impl_->vocabulary.forget();  // an incremental run committed since the last search
            }
            impl_->surname_links.use(impl_->shards.database(), impl_->shards.revisions());
            SearchResult result = search_once(impl_->shards.database(), impl_->shards.stored_text(),
                                              impl_->vocabulary, *impl_->analyzer, impl_->entities,
                                              *impl_->aliases, impl_->surname_links, request,
                                              SearchWatch{deadline, impl_->shards.has_remote()});
            result.unavailable_shards = impl_->shards.unavailable();
            result.partial = !result.unavailable_shards.empty();
            return result;
        } catch (const Xapian::NetworkError& e) {
            // Once every shard answered a fresh connection, a second failure is not a shard down.
            if (!impl_->shards.reconnect() && reconnected) {
                throw IoError(impl_->dir + ": search failed: " + e.get_description());
            }
            reconnected = true;
            impl_->vocabulary.forget();  // the shards may be others now
        } catch (const Xapian::Error& e) {
            if (!is_update_race(e) || attempt == kAttempts) {
                throw IoError(impl_->dir + ": search failed: " + e.get_description());
            }
            reopen = true;
        }
    }
}

std::vector<EntityCompletion> Searcher::complete_entities(std::string_view typed,
                                                          std::string_view kind,
                                                          std::size_t limit) {
    std::optional<EntityKind> wanted;
    if (!kind.empty()) {
        wanted = parse_kind(kind);
        if (!wanted) {
            throw InvalidArgumentError("unknown entity kind '" + std::string(kind) +
                                       "' (person, country, organisation or place)");
        }
    }
    // A rebuild brings other entities, an incremental run other article counts.
    return impl_->read_current("completion", [&](const Xapian::Database& database) {
        return complete_entity_names(database, impl_->entities, typed, wanted, limit);
    });
}

std::optional<IndexedArticle> Searcher::article(const std::string& id) {
    return impl_->read_current("reading article " + id, [&](const Xapian::Database& database) {
        std::optional<IndexedArticle> found =
            find_article(database, impl_->shards.stored_text(), id);
        if (found) {
            // The people as search results list them (facets/linked_people.h).
            impl_->surname_links.use(database, impl_->shards.revisions());
            found->entities.person =
                linked_people(std::move(found->entities.person), impl_->surname_links);
        }
        return found;
    });
}

}  // namespace mss
