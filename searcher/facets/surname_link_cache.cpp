#include "facets/surname_link_cache.h"

#include "facets/linked_people.h"

namespace mss {

void SurnameLinkCache::use(const Xapian::Database& database,
                           std::optional<ShardRevisions> revisions) {
    database_ = &database;
    // Known and equal revisions mean the same person terms; anything else is read again.
    current_ = revisions && read_at_ && *revisions == *read_at_;
    if (!(revisions && names_at_ && *revisions == *names_at_)) {
        names_.clear();  // read at other revisions, or in another search at unknown ones
        names_at_ = revisions;
    }
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

const std::string& SurnameLinkCache::person_name(const std::string& id) {
    auto found = names_.find(id);
    if (found == names_.end()) {
        found = names_.emplace(id, indexed_person_name(*database_, id)).first;
        ++name_reads_;
    }
    return found->second;
}

}  // namespace mss
