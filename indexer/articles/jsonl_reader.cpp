#include "articles/jsonl_reader.h"

#include <cmath>
#include <cstdlib>

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

// `line` with every number outside double range (1e999999) replaced by null, or nothing when
// there is none. Strings are skipped, so text that looks like a number stays text. The line is
// otherwise left as it is: a syntax error is still found where it was.
std::optional<std::string> without_huge_numbers(std::string_view line) {
    std::string out;
    bool changed = false;
    std::size_t copied = 0;
    for (std::size_t at = 0; at < line.size();) {
        const char c = line[at];
        if (c == '"') {
            for (++at; at < line.size() && line[at] != '"'; ++at) {
                if (line[at] == '\\') {
                    ++at;
                }
            }
            ++at;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9')) {
            ++at;
            continue;
        }
        std::size_t end = at + 1;
        while (end < line.size() &&
               std::string_view("0123456789.eE+-").find(line[end]) != std::string_view::npos) {
            ++end;
        }
        const std::string number(line.substr(at, end - at));
        if (!std::isfinite(std::strtod(number.c_str(), nullptr))) {
            out.append(line.substr(copied, at - copied)).append("null");
            copied = end;
            changed = true;
        }
        at = end;
    }
    if (!changed) {
        return std::nullopt;
    }
    out.append(line.substr(copied));
    return out;
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
        // Valid syntax the parser still refuses: a number beyond double range (1e400). Only the
        // field holding it is lost, not the article.
        const auto repaired = without_huge_numbers(line);
        if (!repaired) {
            parse.warnings.push_back("JSON value out of range; line skipped");
            return parse;
        }
        try {
            object = nlohmann::json::parse(*repaired);
        } catch (const nlohmann::json::exception&) {
            parse.warnings.push_back("JSON value out of range; line skipped");
            return parse;
        }
        parse.warnings.push_back("a number out of range; its field ignored");
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
    if (article.id.find_first_not_of(" \t\r\n") == std::string::npos) {
        parse.warnings.push_back("\"id\" is only white space; line skipped");
        return parse;
    }
    article.path = path + ":" + std::to_string(line_number);
    article.title = string_field(object, "title", parse.warnings);
    article.body = string_field(object, "body", parse.warnings);
    article.url = string_field(object, "url", parse.warnings);
    article.source = string_field(object, "source", parse.warnings);
    article.author = string_field(object, "author", parse.warnings);
    article.language = string_field(object, "lang", parse.warnings);
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
