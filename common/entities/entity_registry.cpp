#include "entities/entity_registry.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <mss/error.h>

#include "analysis/word_tokenizer.h"
#include "entities/elided_name.h"

namespace mss {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string_view::npos;
         start = end + 1) {
        parts.push_back(text.substr(start, end - start));
    }
    parts.push_back(text.substr(start));
    return parts;
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::size_t count_words(const std::string& key) {
    return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

}  // namespace

std::string_view kind_name(EntityKind kind) {
    switch (kind) {
        case EntityKind::kPerson:
            return "person";
        case EntityKind::kCountry:
            return "country";
        case EntityKind::kOrganisation:
            return "organisation";
        case EntityKind::kPlace:
            return "place";
    }
    return "unknown";
}

std::optional<EntityKind> parse_kind(std::string_view name) {
    if (name == "person") {
        return EntityKind::kPerson;
    }
    if (name == "country") {
        return EntityKind::kCountry;
    }
    if (name == "organisation" || name == "organization" || name == "org") {
        return EntityKind::kOrganisation;
    }
    if (name == "place") {
        return EntityKind::kPlace;
    }
    return std::nullopt;
}

std::string alias_key(std::string_view text) {
    // One tokenizer per thread: ICU iterators are not thread-safe, and building one is costly.
    thread_local WordTokenizer tokenizer;
    std::string key;
    for (const WordSpan& span : tokenizer.split(text)) {
        const std::string word = name_word(text.substr(span.begin, span.end - span.begin));
        if (word.empty()) {
            continue;
        }
        if (!key.empty()) {
            key += ' ';
        }
        key += word;
    }
    return key;
}

EntityRegistry EntityRegistry::parse(std::string_view text, const std::string& source) {
    EntityRegistry registry;
    std::size_t line_number = 0;
    for (std::string_view line : split(text, '\n')) {
        ++line_number;
        line = trim(line.substr(0, line.find('#')));
        if (line.empty()) {
            continue;
        }
        const auto where = source + ":" + std::to_string(line_number) + ": ";
        const auto fields = split(line, '\t');
        if (fields.size() < 3 || fields.size() > 5) {
            throw InputError(where +
                             "expected kind<TAB>id<TAB>name[<TAB>alias|alias...[<TAB>cue|cue...]]");
        }
        const auto kind = parse_kind(trim(fields[0]));
        if (!kind) {
            throw InputError(where + "unknown entity kind '" + std::string(trim(fields[0])) +
                             "' (person, country, organisation or place)");
        }
        Entity entity{*kind, std::string(trim(fields[1])), std::string(trim(fields[2])), {}, {}};
        if (entity.name.find('|') != std::string::npos) {
            throw InputError(where + "'|' separates aliases and cannot be part of a name");
        }
        // A name with no word in it could never be matched in a text nor typed in a query. An
        // empty name is allowed: the line adds aliases to an entity named elsewhere.
        if (!entity.name.empty() && alias_key(entity.name).empty()) {
            throw InputError(where + "entity name has no letters or digits");
        }
        if (!entity.name.empty()) {
            entity.aliases.push_back(entity.name);
        }
        const auto add_words = [](std::string_view list, std::vector<std::string>& to) {
            for (std::string_view word : split(list, '|')) {
                word = trim(word);
                // serialise() lists the name among the aliases: read back, it is there once. A
                // word with no letter or digit could never be matched, and as an entity's only
                // word it would name it with nothing that can be looked up: it is left out.
                if (!alias_key(word).empty() && std::find(to.begin(), to.end(), word) == to.end()) {
                    to.emplace_back(word);
                }
            }
        };
        if (fields.size() >= 4) {
            add_words(fields[3], entity.aliases);
        }
        if (fields.size() == 5) {
            add_words(fields[4], entity.cues);
        }
        // An empty name adds aliases or cues to an entity named elsewhere (a country named by ICU).
        if (entity.id.empty() || (entity.aliases.empty() && entity.cues.empty())) {
            throw InputError(where +
                             "entity id must not be empty, and a line needs a name, an alias or a "
                             "cue");
        }
        registry.add(std::move(entity));
    }
    return registry;
}

EntityRegistry EntityRegistry::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError(path + ": cannot read entity data file");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse(text.str(), path);
}

void EntityRegistry::merge(const EntityRegistry& other) {
    for (std::size_t i = 0; i < other.entities_.size(); ++i) {
        Entity entity = other.entities_[i];
        if (other.unnamed_.count(i) != 0) {
            entity.name.clear();  // only aliases were given: keep the name we have
        }
        add(std::move(entity));
    }
}

void EntityRegistry::add(Entity entity) {
    if (const auto found = by_id_.find(id_key(entity.kind, entity.id)); found != by_id_.end()) {
        const std::size_t i = found->second;
        Entity& existing = entities_[i];
        if (!entity.name.empty()) {
            existing.name = entity.name;
            unnamed_.erase(i);
        }
        for (auto& alias : entity.aliases) {
            if (std::find(existing.aliases.begin(), existing.aliases.end(), alias) ==
                existing.aliases.end()) {
                existing.aliases.push_back(std::move(alias));
            }
        }
        for (auto& cue : entity.cues) {
            if (std::find(existing.cues.begin(), existing.cues.end(), cue) == existing.cues.end()) {
                existing.cues.push_back(std::move(cue));
            }
        }
        // An entity named only by a cue is named by its first alias once it has one, as parse()
        // names such an entity.
        if (unnamed_.count(i) != 0 && !existing.aliases.empty() &&
            std::find(existing.cues.begin(), existing.cues.end(), existing.name) !=
                existing.cues.end()) {
            existing.name = existing.aliases.front();
        }
        // The display name leads the aliases, as parse() puts it, so that serialise() and
        // parse() agree after any sequence of merges.
        const auto name =
            std::find(existing.aliases.begin(), existing.aliases.end(), existing.name);
        if (name != existing.aliases.end()) {
            std::rotate(existing.aliases.begin(), name, name + 1);
        }
        index_aliases(i);
        return;
    }
    // Duplicates would make serialise() and parse() disagree about the same registry.
    const auto unique = [](std::vector<std::string>& words) {
        std::vector<std::string> kept;
        for (auto& word : words) {
            if (std::find(kept.begin(), kept.end(), word) == kept.end()) {
                kept.push_back(std::move(word));
            }
        }
        words = std::move(kept);
    };
    unique(entity.aliases);
    unique(entity.cues);
    if (entity.name.empty()) {
        // An entity known only by cues is shown under the first, which stays a cue.
        entity.name = entity.aliases.empty() ? entity.cues.front() : entity.aliases.front();
        unnamed_.insert(entities_.size());
    }
    by_id_.emplace(id_key(entity.kind, entity.id), entities_.size());
    entities_.push_back(std::move(entity));
    index_aliases(entities_.size() - 1);
}

void EntityRegistry::index_aliases(std::size_t entity_index) {
    const Entity& entity = entities_[entity_index];
    auto index_key = [&](const std::string& key) {
        if (key.empty()) {
            return;
        }
        auto& owners = by_alias_[key];
        if (std::find(owners.begin(), owners.end(), entity_index) == owners.end()) {
            owners.push_back(entity_index);
        }
        longest_alias_words_ = std::max(longest_alias_words_, count_words(key));
    };
    for (const auto& alias : entity.aliases) {
        index_key(alias_key(alias));
    }
    for (const auto& cue : entity.cues) {
        index_key(alias_key(cue));
    }
}

std::string EntityRegistry::serialise() const {
    std::string out;
    for (const Entity& entity : entities_) {
        // A name is written only when it is an alias (it always is unless the entity was given
        // cues alone, when parse() names it again after the first cue).
        const bool named = !entity.aliases.empty() && entity.aliases.front() == entity.name;
        out += std::string(kind_name(entity.kind)) + '\t' + entity.id + '\t' +
               (named ? entity.name : "") + '\t';
        for (std::size_t i = 0; i < entity.aliases.size(); ++i) {
            out += (i == 0 ? "" : "|") + entity.aliases[i];
        }
        if (!entity.cues.empty()) {
            out += '\t';
            for (std::size_t i = 0; i < entity.cues.size(); ++i) {
                out += (i == 0 ? "" : "|") + entity.cues[i];
            }
        }
        out += '\n';
    }
    return out;
}

std::string EntityRegistry::id_key(EntityKind kind, std::string_view id) {
    return std::string(kind_name(kind)) + '\t' + std::string(id);
}

const Entity* EntityRegistry::find(EntityKind kind, std::string_view id) const {
    const auto found = by_id_.find(id_key(kind, id));
    return found == by_id_.end() ? nullptr : &entities_[found->second];
}

const Entity* EntityRegistry::resolve(EntityKind kind, std::string_view text) const {
    // Ids are lower case; "country:KE" means "ke". Only a field names an entity by its id: as free
    // text, "in" or "to" are words, not India or Tonga.
    std::string id(text);
    std::transform(id.begin(), id.end(), id.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (const Entity* by_id = find(kind, id)) {
        return by_id;
    }
    for (const Entity* entity : with_alias_key(alias_key(text))) {
        if (entity->kind == kind) {
            return entity;
        }
    }
    return nullptr;
}

std::vector<const Entity*> EntityRegistry::with_alias_key(const std::string& key) const {
    std::vector<const Entity*> found;
    if (const auto it = by_alias_.find(key); it != by_alias_.end()) {
        for (std::size_t index : it->second) {
            found.push_back(&entities_[index]);
        }
    }
    return found;
}

}  // namespace mss
