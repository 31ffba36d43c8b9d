#include "schema.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include <mss/error.h>

#include "stable_hash.h"
#include "utf8_repair.h"

namespace mss::schema {
namespace {

// Ids and paths come from file names, which are bytes: one that is not UTF-8 is stored as JSON
// text with U+FFFD (for display) and its bytes in hex beside it ("path_bytes"), so the stored
// path still opens the file.
void put_bytes(nlohmann::json& data, const char* key, const std::string& bytes) {
    data[key] = bytes;
    if (!find_invalid_utf8(bytes)) {
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (const unsigned char c : bytes) {
        hex += kHex[c >> 4];
        hex += kHex[c & 15];
    }
    data[std::string(key) + "_bytes"] = hex;
}

std::string get_bytes(const nlohmann::json& data, const char* key) {
    const auto hex = data.find(std::string(key) + "_bytes");
    if (hex == data.end() || !hex->is_string()) {
        return data.value(key, "");
    }
    const std::string& digits = hex->get_ref<const std::string&>();
    std::string bytes;
    for (std::size_t i = 0; i + 1 < digits.size(); i += 2) {
        bytes += static_cast<char>(std::stoi(digits.substr(i, 2), nullptr, 16));
    }
    return bytes;
}

// Both stem prefixes of a language, body and headline, in one place.
struct StemPrefixes {
    const char* body;
    const char* title;
};

StemPrefixes stem_prefixes(Language language) {
    switch (language) {
        case Language::kEnglish:
            break;
        case Language::kFrench:
            return {kFrenchStemPrefix, kFrenchTitleStemPrefix};
        case Language::kHaitianCreole:
            return {"", ""};  // no stemmer, so no stem terms
    }
    return {kStemPrefix, kTitleStemPrefix};
}

}  // namespace

std::string serialise_article(const Article& article, const std::string& date_source) {
    nlohmann::json data = {{"title", article.title},
                           {"body", article.body},
                           {"url", article.url},
                           {"source", article.source}};
    put_bytes(data, "id", article.id);
    put_bytes(data, "path", article.path);
    // Only when known, so documents written before authors were read hash as they did.
    if (!article.author.empty()) {
        data["author"] = article.author;
    }
    if (!article.language.empty()) {
        data["lang"] = article.language;
    }
    if (article.date) {
        data["date"] = *article.date;
    }
    if (!date_source.empty()) {
        data["date_source"] = date_source;
    }
    // Replacing bad UTF-8 keeps one damaged byte from making the whole document unreadable.
    return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredArticle parse_stored_article(const std::string& data) {
    try {
        const auto json = nlohmann::json::parse(data);
        StoredArticle stored;
        Article& article = stored.article;
        article.id = get_bytes(json, "id");
        article.path = get_bytes(json, "path");
        article.title = json.value("title", "");
        article.body = json.value("body", "");
        article.url = json.value("url", "");
        article.source = json.value("source", "");
        article.author = json.value("author", "");
        article.language = json.value("lang", "");
        if (json.contains("date")) {
            article.date = json["date"].get<std::string>();
        }
        stored.date_source = json.value("date_source", "none");
        return stored;
    } catch (const nlohmann::json::exception& e) {
        throw IoError(std::string("corrupt document data in index: ") + e.what());
    }
}

Article parse_article(const std::string& data) {
    return parse_stored_article(data).article;
}

Language stored_language(const Article& article) {
    return parse_language(article.language).value_or(Language::kEnglish);
}

const EntityKindSchema& entity_kind_schema(EntityKind kind) {
    for (const EntityKindSchema& schema : kEntityKindSchemas) {
        if (schema.kind == kind) {
            return schema;
        }
    }
    return kEntityKindSchemas[0];  // unreachable: the table lists every kind
}

const EntityKindSchema* entity_kind_of_facet(char facet) {
    for (const EntityKindSchema& schema : kEntityKindSchemas) {
        if (schema.facet == facet) {
            return &schema;
        }
    }
    return nullptr;
}

std::string facets_value(const FacetSet& facets) {
    std::string value;
    // A tab or line break inside a name would split its line: each becomes a space.
    const auto one_line = [](std::string text) {
        std::replace_if(
            text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; },
            ' ');
        return text;
    };
    const auto add_lines = [&](char kind, const std::vector<EntityRef>& refs) {
        for (const EntityRef& ref : refs) {
            value += kind + one_line(ref.id) + '\t' + one_line(ref.name) + '\n';
        }
    };
    for (const EntityKindSchema& kind : kEntityKindSchemas) {
        add_lines(kind.facet, facets.entities.*kind.refs);
    }
    add_lines(kSourceFacet, facets.source);
    add_lines(kLanguageFacet, facets.language);
    if (!facets.day.empty()) {
        value += kDayFacet + facets.day + '\n';
    }
    return value;
}

FacetSet parse_facets_value(const std::string& value) {
    FacetSet facets;
    for_each_facet_line(value, [&](const FacetLine& line) {
        EntityRef ref{std::string(line.id), std::string(line.name)};
        if (const EntityKindSchema* kind = entity_kind_of_facet(line.kind)) {
            (facets.entities.*kind->refs).push_back(std::move(ref));
        } else if (line.kind == kSourceFacet) {
            facets.source.push_back(std::move(ref));
        } else if (line.kind == kLanguageFacet) {
            facets.language.push_back(std::move(ref));
        } else if (line.kind == kDayFacet) {
            facets.day = std::move(ref.id);
        }  // else a kind a later format may add
    });
    return facets;
}

std::string entity_term(EntityKind kind, std::string_view id) {
    return entity_kind_schema(kind).prefix + std::string(id);
}

const char* stem_prefix(Language language) {
    return stem_prefixes(language).body;
}

const char* title_stem_prefix(Language language) {
    return stem_prefixes(language).title;
}

std::string language_term(Language language) {
    return kLanguagePrefix + std::string(language_code(language));
}

namespace {

constexpr std::size_t kMaxIdBytes = 200;

}  // namespace

std::string id_term(const std::string& id) {
    if (id.size() <= kMaxIdBytes) {
        return kIdPrefix + id;
    }
    return kIdPrefix + id.substr(0, kMaxIdBytes - 17) + "#" + hash_hex(stable_hash(id));
}

std::string id_of_term(const std::string& term) {
    // A shortened term is as long as the longest whole one: of those, only the whole ones hold
    // no '#' where the hash begins.
    const std::size_t prefix = std::char_traits<char>::length(kIdPrefix);
    if (term.size() <= prefix) {
        return {};
    }
    if (term.size() < prefix + kMaxIdBytes ||
        (term.size() == prefix + kMaxIdBytes && term[prefix + kMaxIdBytes - 17] != '#')) {
        return term.substr(prefix);
    }
    return {};
}

namespace {

// Undated articles take the key that sorts after every date, in both orders.
constexpr const char* kUndatedKey = "99999999";

}  // namespace

std::string newest_first_key(const std::string& day, const std::string& id) {
    if (day.size() != kOrderKeyDateLength) {
        return kUndatedKey + id;
    }
    std::string key = day;
    for (char& digit : key) {
        digit = static_cast<char>('9' - (digit - '0'));  // 99999999 - day, digit by digit
    }
    return key + id;
}

std::string oldest_first_key(const std::string& day, const std::string& id) {
    return (day.size() == kOrderKeyDateLength ? day : std::string(kUndatedKey)) + id;
}

std::string id_of_order_key(const std::string& key) {
    return key.size() > kOrderKeyDateLength ? key.substr(kOrderKeyDateLength) : std::string();
}

std::string date_value(const std::string& iso_date) {
    std::string value;
    for (char c : iso_date) {
        if (c != '-') {
            value += c;
        }
    }
    return value;
}

std::string named_entity_term(EntityKind kind, const std::string& id) {
    return entity_kind_schema(kind).named_prefix + id;
}

}  // namespace mss::schema
