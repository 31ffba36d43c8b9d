// The one interface every mss-search output goes through (text, JSON, JSON Lines, templates,
// counts, ids), so each output path gets each format and each format shows the same result.
#pragma once

#include <mss/search.h>

namespace mss {

// render() calls begin, then hit for each hit in rank order, then facets when the result has
// them, then end. A renderer writes as it goes, so streaming formats stream. Each step does
// nothing unless a renderer overrides it: a format overrides the steps it shows.
class ResultRenderer {
  public:
    virtual ~ResultRenderer() = default;
    virtual void begin(const SearchResult&) {}
    virtual void hit(const Hit&) {}
    virtual void facets(const Facets&) {}
    virtual void end(const SearchResult&) {}
};

void render(const SearchResult& result, ResultRenderer& renderer);

}  // namespace mss
