// One line per hit from a template such as "{rank} {date} {title}" (mss-search --format).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "render/result_renderer.h"

namespace mss {

class TemplateRenderer : public ResultRenderer {
  public:
    // Fields: {rank} {id} {path} {title} {date} {score} {snippet}; "{{" and "}}" are literal
    // braces. Throws mss::Error (usage) naming the character position of an unknown field or an
    // unbalanced brace, before any search runs.
    TemplateRenderer(std::string_view text, std::ostream& out);
    void begin(const SearchResult&) override {}
    void hit(const Hit& hit) override;
    void facets(const Facets&) override {}
    void end(const SearchResult&) override {}

  private:
    enum class Field {
        kLiteral,
        kRank,
        kId,
        kPath,
        kTitle,
        kDate,
        kScore,
        kSnippet,
        kUrl,
        kSource,
        kAuthor,
    };
    struct Part {
        Field field;
        std::string literal;
    };

    std::vector<Part> parts_;
    std::ostream& out_;
};

}  // namespace mss
