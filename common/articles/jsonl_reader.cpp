#include "articles/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "dates/iso_date.h"

namespace mss {
namespace {

// A string field, or "" when it is absent or null; other types are a problem worth naming.
std::string string_field(const nlohmann::json& object, const char* name,
                         std::vector<std::string>& warnings) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        return {};
    }
    if (!it->is_string()) {
        warnings.push_back(std::string("field \"") + name + "\" is not a string; ignored");
        return {};
    }
    return it->get<std::string>();
}

}  // namespace

JsonLineParse parse_json_line(std::string_view line, const std::string& path,
                              std::size_t line_number) {
    JsonLineParse parse;
    nlohmann::json object;
    try {
        object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann's message repeats its own prefix; the byte offset is what a user needs.
        parse.warnings.push_back("not valid JSON at byte " + std::to_string(e.byte) +
                                 "; line skipped");
        return parse;
    } catch (const nlohmann::json::exception&) {
        // Valid syntax the parser still refuses, such as a number beyond double range (1e400).
        parse.warnings.push_back("JSON value out of range; line skipped");
        return parse;
    }
    if (!object.is_object()) {
        parse.warnings.push_back("not a JSON object; line skipped");
        return parse;
    }

    Article article;
    const auto id = object.find("id");
    if (id != object.end() && id->is_number_integer()) {
        article.id = std::to_string(id->get<long long>());
    } else {
        article.id = string_field(object, "id", parse.warnings);
    }
    if (article.id.empty()) {
        parse.warnings.push_back("no \"id\"; line skipped");
        return parse;
    }
    article.path = path + ":" + std::to_string(line_number);
    article.title = string_field(object, "title", parse.warnings);
    article.body = string_field(object, "body", parse.warnings);
    article.url = string_field(object, "url", parse.warnings);
    article.source = string_field(object, "source", parse.warnings);
    article.author = string_field(object, "author", parse.warnings);
    const std::string date = string_field(object, "date", parse.warnings);
    if (!date.empty()) {
        article.date = leading_iso_date(date);
        if (!article.date) {
            parse.warnings.push_back("date '" + date +
                                     "' is not an ISO 8601 day; article left undated");
        }
    }
    parse.article = std::move(article);
    return parse;
}

}  // namespace mss
