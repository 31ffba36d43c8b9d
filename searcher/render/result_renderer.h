// The one interface every mss-search output goes through (text, JSON, JSON Lines, templates,
// counts, ids), so each output path gets each format and each format shows the same result.
#pragma once

#include <mss/search.h>

namespace mss {

// render() calls begin, then hit for each hit in rank order, then facets when the result has
// them, then end. A renderer writes as it goes, so streaming formats stream.
class ResultRenderer {
  public:
    virtual ~ResultRenderer() = default;
    virtual void begin(const SearchResult& result) = 0;
    virtual void hit(const Hit& hit) = 0;
    virtual void facets(const Facets& facets) = 0;
    virtual void end(const SearchResult& result) = 0;
};

void render(const SearchResult& result, ResultRenderer& renderer);

}  // namespace mss
