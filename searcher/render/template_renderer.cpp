#include "render/template_renderer.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

#include <mss/error.h>
#include <mss/terminal_text.h>

namespace mss {
namespace {

// Lines must stay lines: a newline or tab inside a title would break `cut` and `while read`; and
// no control character of the text reaches the terminal.
std::string one_line(const std::string& text) {
    std::string out = text;
    for (char& c : out) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        }
    }
    return terminal_text(out);
}

// The fields a template may name, in the order --help and the error message list them, and how
// each is written.
struct TemplateField {
    std::string_view name;
    std::string (*write)(const Hit& hit);
};
constexpr TemplateField kFields[] = {
    {"rank", [](const Hit& hit) { return std::to_string(hit.rank); }},
    {"id", [](const Hit& hit) { return one_line(hit.id); }},
    {"path", [](const Hit& hit) { return one_line(hit.path); }},
    {"title", [](const Hit& hit) { return one_line(hit.title); }},
    {"date", [](const Hit& hit) { return hit.date.value_or("undated"); }},
    {"score",
     [](const Hit& hit) {
         std::ostringstream score;
         score << std::fixed << std::setprecision(4) << hit.score;
         return score.str();
     }},
    {"snippet", [](const Hit& hit) { return one_line(hit.snippet); }},
    {"url", [](const Hit& hit) { return one_line(hit.url); }},
    {"source", [](const Hit& hit) { return one_line(hit.source); }},
    {"author", [](const Hit& hit) { return one_line(hit.author); }},
};

// " {rank} {id} ...": every field, for messages.
std::string field_list() {
    std::string list;
    for (const TemplateField& field : kFields) {
        list += (list.empty() ? "{" : " {") + std::string(field.name) + "}";
    }
    return list;
}

}  // namespace

TemplateRenderer::TemplateRenderer(std::string_view text, std::ostream& out) : out_(out) {
    auto bad = [&](std::size_t position, const std::string& what) {
        return InvalidArgumentError("--format: " + what + " at character " +
                                    std::to_string(position + 1) + " (fields: " + field_list() +
                                    ")");
    };
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == '}') {
            throw bad(i, "unmatched '}' (write '}}' for a brace)");
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos) {
            throw bad(i, "unclosed '{'");
        }
        const std::string_view name = text.substr(i + 1, close - i - 1);
        const auto* field = std::find_if(std::begin(kFields), std::end(kFields),
                                         [&](const auto& entry) { return entry.name == name; });
        if (field == std::end(kFields)) {
            throw bad(i, "unknown field '{" + std::string(name) + "}'");
        }
        if (!literal.empty()) {
            parts_.push_back({nullptr, std::move(literal)});
            literal.clear();
        }
        parts_.push_back({field->write, {}});
        i = close;
    }
    if (!literal.empty()) {
        parts_.push_back({nullptr, std::move(literal)});
    }
}

void TemplateRenderer::hit(const Hit& hit) {
    std::string line;
    for (const Part& part : parts_) {
        line += part.write != nullptr ? part.write(hit) : part.literal;
    }
    out_ << line << '\n';
}

}  // namespace mss
