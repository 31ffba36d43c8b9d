#include "facets/linked_people.h"

#include <algorithm>

#include "schema.h"

namespace mss {

std::string indexed_person_name(const Xapian::Database& database, const std::string& id) {
    const std::string term = schema::entity_term(EntityKind::kPerson, id);
    const auto posting = database.postlist_begin(term);
    if (posting == database.postlist_end(term)) {
        return {};
    }
    const std::string value = database.get_document(*posting).get_value(schema::kFacetsSlot);
    for (const EntityRef& ref : schema::parse_facets_value(value).entities.person) {
        if (ref.id == id) {
            return ref.name;
        }
    }
    return {};
}

std::vector<EntityRef> linked_people(std::vector<EntityRef> people, SurnameLinkCache& cache) {
    const bool one_word = std::any_of(people.begin(), people.end(), [](const EntityRef& person) {
        return person.id.find('-') == std::string::npos;
    });
    if (!one_word) {
        return people;
    }
    const SurnameLinks& links = cache.links();
    const auto listed = [](const std::vector<EntityRef>& refs, const std::string& id) {
        return std::find_if(refs.begin(), refs.end(),
                            [&](const EntityRef& ref) { return ref.id == id; });
    };
    std::vector<EntityRef> linked;
    for (const EntityRef& person : people) {
        const std::string& target = links.target(person.id);
        if (listed(linked, target) != linked.end()) {
            continue;  // "Volcker" beside "Paul Volcker": one person, listed once
        }
        if (target == person.id) {
            linked.push_back(person);
            continue;
        }
        EntityRef full{target, {}};
        if (const auto named = listed(people, target); named != people.end()) {
            full.name = named->name;
        } else {
            full.name = cache.person_name(target);
        }
        if (full.name.empty()) {
            full.name = person.name;
        }
        linked.push_back(std::move(full));
    }
    return linked;
}

}  // namespace mss
