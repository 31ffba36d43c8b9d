#include "query/entity_field.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include <mss/error.h>

#include "facets/surname_links.h"
#include "query/query_compiler.h"
#include "schema.h"

namespace mss {

std::string entity_term(EntityKind kind, std::string_view id) {
    return schema::entity_term(kind, id);
}

namespace {

// Ids of the entities under `prefix` that are `key` or end in "-" + `key`, in any case: the
// people, places or organisations a name or surname may mean.
std::vector<std::string> ids_ending_in(const Xapian::Database& database, const std::string& prefix,
                                       const std::string& key) {
    const std::string tail = "-" + key;
    std::vector<std::string> ids;
    for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix);
         ++term) {
        const std::string id = (*term).substr(prefix.size());
        std::string folded = id;
        std::transform(folded.begin(), folded.end(), folded.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (folded == key ||
            (folded.size() > tail.size() &&
             folded.compare(folded.size() - tail.size(), tail.size(), tail) == 0)) {
            ids.push_back(id);
        }
    }
    return ids;
}

// "a, b, c and 4 more": a note names a few, not hundreds.
std::string listed(const std::vector<std::string>& ids) {
    constexpr std::size_t kNamed = 5;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < kNamed; ++i) {
        out += (i == 0 ? "" : ", ") + ids[i];
    }
    if (ids.size() > kNamed) {
        out += " and " + std::to_string(ids.size() - kNamed) + " more";
    }
    return out;
}

// The term of entity `id`; for a person, with the ids the index's surname memory counts under the
// same person (facets/surname_links.h), so a filter finds every article its facet entry counts,
// and a note that says so: the link is made by the search, not written in the articles' tags.
EntityFieldQuery entity_id_query(EntityKind kind, const std::string& id, std::string_view value,
                                 const Xapian::Database* database,
                                 SurnameLinkCache* surname_links) {
    if (kind != EntityKind::kPerson || database == nullptr) {
        return {Xapian::Query(entity_term(kind, id)), true, ""};
    }
    // A full name links only its surname and the surname's plural: when the index has neither as
    // a person, the index's people need not be read.
    if (const std::size_t dash = id.rfind('-'); dash != std::string::npos) {
        const std::string surname = entity_term(kind, id.substr(dash + 1));
        if (!database->term_exists(surname) && !database->term_exists(surname + "s")) {
            return {Xapian::Query(entity_term(kind, id)), true, ""};
        }
    }
    std::optional<SurnameLinks> read;
    if (surname_links == nullptr) {
        read = SurnameLinks::read(*database);
    }
    const SurnameLinks& links = read ? *read : surname_links->links();
    const std::string& target = links.target(id);
    const std::vector<std::string> linked = links.linked_to(target);
    if (linked.empty()) {
        return {Xapian::Query(entity_term(kind, target)), true, ""};
    }
    std::vector<Xapian::Query> terms{Xapian::Query(entity_term(kind, target))};
    for (const std::string& other : linked) {
        terms.emplace_back(entity_term(kind, other));
    }
    // One synonym, as the name's articles are one person's: wdf adds up within each article.
    return {Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end()), true,
            "person:" + std::string(value) + " means " + target +
                ", and also finds the articles that name only " + listed(linked) +
                ": the index has no other person that could be"};
}

}  // namespace

EntityFieldQuery entity_field_query(EntityKind kind, std::string_view value, std::size_t position,
                                    const EntityRegistry& registry, Analyzer& analyzer,
                                    MatchTerms& terms, const Xapian::Database* database,
                                    const Xapian::Query& guard, SurnameLinkCache* surname_links) {
    if (const Entity* entity = registry.resolve(kind, value)) {
        terms.mentioned_entities.emplace(kind, entity->id);
        return entity_id_query(kind, entity->id, value, database, surname_links);
    }
    std::vector<Xapian::Query> words;
    std::vector<std::string> name;
    for (const Token& token : analyzer.analyze(value)) {
        words.emplace_back(token.word);
        name.push_back(token.word);
    }
    // The name is marked as one run of words, or as its one word.
    if (name.size() == 1) {
        terms.words.insert(name.front());
    } else if (!name.empty()) {
        terms.phrases.push_back(std::move(name));
    }
    if (words.empty()) {
        throw QueryError(std::string(kind_name(kind)) + ": the value has no words", position);
    }
    std::string found_id = alias_key(value);
    std::replace(found_id.begin(), found_id.end(), ' ', '-');
    const std::string found_term = entity_term(kind, found_id);
    if (database != nullptr && database->term_exists(found_term)) {
        return entity_id_query(kind, found_id, value, database, surname_links);
    }
    const std::string field(kind_name(kind));
    if (database != nullptr) {
        std::vector<std::string> ids = ids_ending_in(*database, entity_term(kind, ""), found_id);
        if (!ids.empty()) {
            std::vector<Xapian::Query> terms;
            for (const std::string& id : ids) {
                terms.emplace_back(entity_term(kind, id));
            }
            // One synonym: an article naming two of them is not twice as much about the name.
            return {Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end()), true,
                    field + ":" + std::string(value) + " names no known " + field +
                        "; it matches the " + std::to_string(ids.size()) + " whose name ends in '" +
                        std::string(value) + "': " + listed(ids)};
        }
    }
    return {phrase_of(words, guard), false,
            field + ":" + std::string(value) + " names no known " + field +
                "; the words were searched in the text instead"};
}

}  // namespace mss
