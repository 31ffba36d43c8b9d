// The entities mss-search knows by name: people, countries, organisations and places, each with a
// canonical id, a display name and the aliases it is written under. Loaded from the data files in
// entities/ (format in entities/README.md) and stored in each index, so the searcher resolves
// aliases exactly as the indexer did.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mss {

enum class EntityKind { kPerson, kCountry, kOrganisation, kPlace };

inline constexpr EntityKind kAllEntityKinds[] = {EntityKind::kPerson, EntityKind::kCountry,
                                                 EntityKind::kOrganisation, EntityKind::kPlace};

// "person", "country", "organisation", "place".
std::string_view kind_name(EntityKind kind);

// The kind a data file or a query field names: the names above, plus "org" and "organization".
std::optional<EntityKind> parse_kind(std::string_view name);

struct Entity {
    EntityKind kind;
    std::string id;                    // lower case, stable: "jimmy-cherizier", "ke", "pnh"
    std::string name;                  // how results show it: "Jimmy Chérizier"
    std::vector<std::string> aliases;  // as written in data files, the name first
    // Words that point to the entity without being a name of it: demonyms, adjectives, capitals
    // standing for a government ("Kenyan", "English", "Washington"). The indexer tags the entity
    // where a text writes one, and a field value may be one (country:kenyan), but as free text a
    // cue is only a word: "Washington" does not mean every article about the United States.
    std::vector<std::string> cues;
};

// The folded form of an alias or of a run of words in a text, used as the lookup key:
// words folded (common/analysis/fold.h), each without a French elided article (name_word in
// entities/elided_name.h), and joined by one space. "Chérizier" -> "cherizier",
// "Haiti National Police" -> "haiti national police", "Police nationale d'Haïti" ->
// "police nationale haiti".
std::string alias_key(std::string_view text);

class EntityRegistry {
  public:
    // Parses the tab-separated data format (entities/README.md): kind, id, name, aliases and
    // cues. The name may be empty on a line that only adds aliases or cues. `source` names the file
    // in error messages. Throws mss::InputError naming source:line for a malformed line.
    static EntityRegistry parse(std::string_view text, const std::string& source);

    // Reads and parses a data file. Throws mss::InputError when it cannot be read.
    static EntityRegistry load(const std::string& path);

    // Adds every entity of `other`. An entity with an id already present gains its aliases, and
    // its display name when `other` gives one.
    void merge(const EntityRegistry& other);

    // Adds one entity (merging as above). An entity with an empty name keeps the name it already
    // has, or takes its first alias when it is new.
    void add(Entity entity);

    // The registry in data-file form: parse(serialise()) gives the same registry.
    std::string serialise() const;

    const Entity* find(EntityKind kind, std::string_view id) const;

    // The entity of `kind` a field value means by `text`: an id, the name, any alias or cue, in
    // any case and with or without accents ("barbeque", "Cherizier", "kenyan" -> the entity).
    const Entity* resolve(EntityKind kind, std::string_view text) const;

    // Every entity (of any kind) that has a name, alias or cue with this key; ids are not
    // aliases.
    std::vector<const Entity*> with_alias_key(const std::string& key) const;

    // The largest number of words any alias has: how far a text scan must look ahead.
    std::size_t longest_alias_words() const { return longest_alias_words_; }

    const std::vector<Entity>& entities() const { return entities_; }

  private:
    void index_aliases(std::size_t entity_index);
    static std::string id_key(EntityKind kind, std::string_view id);

    std::vector<Entity> entities_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_alias_;  // alias key -> entities
    std::unordered_map<std::string, std::size_t> by_id_;                  // "kind<TAB>id" -> entity
    std::unordered_set<std::size_t> unnamed_;  // entities named after their first alias
    std::size_t longest_alias_words_ = 0;
};

}  // namespace mss
