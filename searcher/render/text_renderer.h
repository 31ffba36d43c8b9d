// Results for a person reading a terminal: ranked headlines, dates, paths, highlighted snippets
// and facet counts.
#pragma once

#include <ostream>

#include "render/result_renderer.h"

namespace mss {

struct TextStyle {
    bool color = false;  // ANSI bold and colour; off when piped or NO_COLOR is set
};

class TextRenderer : public ResultRenderer {
  public:
    TextRenderer(const TextStyle& style, std::ostream& out) : style_(style), out_(out) {}
    void begin(const SearchResult& result) override;
    void hit(const Hit& hit) override;
    void facets(const Facets& facets) override;
    void end(const SearchResult& result) override;

  private:
    // `text` with its highlight spans marked; `base` is the style the rest of the text is in.
    void write_highlighted(const std::string& text, const std::vector<Highlight>& spans,
                           const char* base);
    void write_spelling_note(const SearchResult& result);

    TextStyle style_;
    std::ostream& out_;
    bool partial_seen_ = false;  // the line introducing partial matches has been written
};

}  // namespace mss
