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

}  // namespace

TemplateRenderer::TemplateRenderer(std::string_view text, std::ostream& out) : out_(out) {
    static const std::pair<std::string_view, Field> kFields[] = {
        {"rank", Field::kRank},       {"id", Field::kId},     {"path", Field::kPath},
        {"title", Field::kTitle},     {"date", Field::kDate}, {"score", Field::kScore},
        {"snippet", Field::kSnippet}, {"url", Field::kUrl},   {"source", Field::kSource},
        {"author", Field::kAuthor},
    };
    auto bad = [&](std::size_t position, const std::string& what) {
        return InvalidArgumentError("--format: " + what + " at character " +
                                    std::to_string(position + 1) +
                                    " (fields: {rank} {id} {path} {title} {date} {score} "
                                    "{snippet} {url} {source} {author})");
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
                                         [&](const auto& entry) { return entry.first == name; });
        if (field == std::end(kFields)) {
            throw bad(i, "unknown field '{" + std::string(name) + "}'");
        }
        if (!literal.empty()) {
            parts_.push_back({Field::kLiteral, std::move(literal)});
            literal.clear();
        }
        parts_.push_back({field->second, {}});
        i = close;
    }
    if (!literal.empty()) {
        parts_.push_back({Field::kLiteral, std::move(literal)});
    }
}

void TemplateRenderer::hit(const Hit& hit) {
    std::ostringstream line;
    for (const Part& part : parts_) {
        switch (part.field) {
            case Field::kLiteral:
                line << part.literal;
                break;
            case Field::kRank:
                line << hit.rank;
                break;
            case Field::kId:
                line << one_line(hit.id);
                break;
            case Field::kPath:
                line << one_line(hit.path);
                break;
            case Field::kTitle:
                line << one_line(hit.title);
                break;
            case Field::kDate:
                line << hit.date.value_or("undated");
                break;
            case Field::kScore:
                line << std::fixed << std::setprecision(4) << hit.score;
                break;
            case Field::kSnippet:
                line << one_line(hit.snippet);
                break;
            case Field::kUrl:
                line << one_line(hit.url);
                break;
            case Field::kSource:
                line << one_line(hit.source);
                break;
            case Field::kAuthor:
                line << one_line(hit.author);
                break;
        }
    }
    out_ << line.str() << '\n';
}

}  // namespace mss
