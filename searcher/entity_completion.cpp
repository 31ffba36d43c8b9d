#include "entity_completion.h"

#include <algorithm>
#include <string>

#include "query/entity_field.h"

namespace mss {

namespace {

// True when `key` (an alias key: folded words joined by one space) starts with `typed` or has a
// word that does.
bool completes(const std::string& key, const std::string& typed) {
    for (std::size_t at = 0; at < key.size();) {
        if (key.compare(at, typed.size(), typed) == 0) {
            return true;
        }
        const std::size_t space = key.find(' ', at);
        if (space == std::string::npos) {
            break;
        }
        at = space + 1;
    }
    return false;
}

}  // namespace

std::vector<EntityCompletion> complete_entity_names(const Xapian::Database& database,
                                                    const EntityRegistry& entities,
                                                    std::string_view typed,
                                                    std::optional<EntityKind> kind,
                                                    std::size_t limit) {
    const std::string wanted = alias_key(typed);
    std::vector<EntityCompletion> found;
    if (wanted.empty() || limit == 0) {
        return found;
    }
    for (const Entity& entity : entities.entities()) {
        if (kind && entity.kind != *kind) {
            continue;
        }
        const bool matches = completes(alias_key(entity.name), wanted) ||
                             std::any_of(entity.aliases.begin(), entity.aliases.end(),
                                         [&](const std::string& alias) {
                                             return completes(alias_key(alias), wanted);
                                         });
        if (!matches) {
            continue;
        }
        const Xapian::doccount articles =
            database.get_termfreq(entity_term(entity.kind, entity.id));
        if (articles == 0) {
            continue;
        }
        found.push_back({std::string(kind_name(entity.kind)), entity.id, entity.name, articles});
    }
    std::sort(found.begin(), found.end(), [](const EntityCompletion& a, const EntityCompletion& b) {
        if (a.articles != b.articles) {
            return a.articles > b.articles;
        }
        if (a.name != b.name) {
            return a.name < b.name;
        }
        return a.kind < b.kind;
    });
    if (found.size() > limit) {
        found.resize(limit);
    }
    return found;
}

}  // namespace mss
