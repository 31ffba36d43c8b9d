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
    // Fields: {rank} {id} {path} {title} {date} {score} {snippet} {url} {source} {author}; "{{"
    // and "}}" are literal braces. Throws mss::InvalidArgumentError naming the character
    // position of an unknown field or an unbalanced brace, before any search runs.
    TemplateRenderer(std::string_view text, std::ostream& out);
    void hit(const Hit& hit) override;

  private:
    // A literal text (`write` null) or a field of the hit.
    struct Part {
        std::string (*write)(const Hit& hit);
        std::string literal;
    };

    std::vector<Part> parts_;
    std::ostream& out_;
};

}  // namespace mss
