// Results as plain lists for other commands: a count, or one id or path per line (for xargs).
#pragma once

#include <ostream>

#include <mss/terminal_text.h>

#include "render/result_renderer.h"

namespace mss {

// Only the number of matching articles.
class CountRenderer : public ResultRenderer {
  public:
    explicit CountRenderer(std::ostream& out) : out_(out) {}
    void end(const SearchResult& result) override { out_ << result.total << '\n'; }

  private:
    std::ostream& out_;
};

// One field of each hit per line, in rank order.
class FieldListRenderer : public ResultRenderer {
  public:
    enum class Field { kId, kPath };
    FieldListRenderer(Field field, std::ostream& out) : field_(field), out_(out) {}
    // Only matches: an article with some of the words (matches_all false) is not one, and a
    // script piping the list on must get the same articles the count counts.
    void hit(const Hit& hit) override {
        // Shown as terminal_text(): a name with control characters cannot drive the terminal.
        if (hit.matches_all) {
            out_ << terminal_text(field_ == Field::kId ? hit.id : hit.path) << '\n';
        }
    }

  private:
    Field field_;
    std::ostream& out_;
};

}  // namespace mss
