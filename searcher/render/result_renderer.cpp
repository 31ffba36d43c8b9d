#include "render/result_renderer.h"

namespace mss {

void render(const SearchResult& result, ResultRenderer& renderer) {
    renderer.begin(result);
    for (const Hit& hit : result.hits) {
        renderer.hit(hit);
    }
    if (result.facets) {
        renderer.facets(*result.facets);
    }
    renderer.end(result);
}

}  // namespace mss
