#include "schema.h"

#include <nlohmann/json.hpp>

#include <mss/error.h>

#include "stable_hash.h"

namespace mss::schema {

std::string serialise_article(const Article& article, const std::string& date_source) {
    nlohmann::json data = {{"id", article.id},       {"path", article.path},
                           {"title", article.title}, {"body", article.body},
                           {"url", article.url},     {"source", article.source}};
    // Only when known, so documents written before authors were read hash as they did.
    if (!article.author.empty()) {
        data["author"] = article.author;
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
        article.id = json.value("id", "");
        article.path = json.value("path", "");
        article.title = json.value("title", "");
        article.body = json.value("body", "");
        article.url = json.value("url", "");
        article.source = json.value("source", "");
        article.author = json.value("author", "");
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

std::string facet_value(const std::vector<EntityRef>& entities) {
    std::string value;
    for (const EntityRef& entity : entities) {
        value += entity.id + '\t' + entity.name + '\n';
    }
    return value;
}

std::vector<EntityRef> parse_facet_value(const std::string& value) {
    std::vector<EntityRef> entities;
    std::size_t start = 0;
    while (start < value.size()) {
        std::size_t end = value.find('\n', start);
        if (end == std::string::npos) {
            end = value.size();
        }
        const std::string line = value.substr(start, end - start);
        const std::size_t tab = line.find('\t');
        if (!line.empty()) {
            entities.push_back(tab == std::string::npos
                                   ? EntityRef{line, line}
                                   : EntityRef{line.substr(0, tab), line.substr(tab + 1)});
        }
        start = end + 1;
    }
    return entities;
}

std::string id_term(const std::string& id) {
    constexpr std::size_t kMaxIdBytes = 200;
    if (id.size() <= kMaxIdBytes) {
        return kIdPrefix + id;
    }
    return kIdPrefix + id.substr(0, kMaxIdBytes - 17) + "#" + hash_hex(stable_hash(id));
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

}  // namespace mss::schema
