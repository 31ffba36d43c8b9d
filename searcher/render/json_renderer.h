// Results for scripts (docs/JSON.md): one JSON object, or JSON Lines streamed a hit at a time.
#pragma once

#include <ostream>

#include "render/result_renderer.h"

namespace mss {

// One object on one line, written when the result is complete.
class JsonRenderer : public ResultRenderer {
  public:
    explicit JsonRenderer(std::ostream& out) : out_(out) {}
    void end(const SearchResult& result) override;

  private:
    std::ostream& out_;
};

// A line per hit, flushed as it is written, then one summary line (with facets, if asked for).
class JsonLinesRenderer : public ResultRenderer {
  public:
    explicit JsonLinesRenderer(std::ostream& out) : out_(out) {}
    void hit(const Hit& hit) override;
    void end(const SearchResult& result) override;

  private:
    std::ostream& out_;
};

}  // namespace mss
