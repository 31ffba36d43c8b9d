#include "facets/surname_link_cache.h"

namespace mss {

void SurnameLinkCache::use(const Xapian::Database& database,
                           std::optional<ShardRevisions> revisions) {
    database_ = &database;
    // Known and equal revisions mean the same person terms; anything else is read again.
    current_ = revisions && read_at_ && *revisions == *read_at_;
    wanted_ = std::move(revisions);
}

const SurnameLinks& SurnameLinkCache::links() {
    if (!current_) {
        links_ = SurnameLinks::read(*database_);
        ++reads_;
        read_at_ = wanted_;
        current_ = true;
    }
    return links_;
}

}  // namespace mss
