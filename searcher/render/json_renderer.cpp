#include "render/json_renderer.h"

#include <mss/json.h>

namespace mss {

void JsonRenderer::end(const SearchResult& result) {
    out_ << to_json(result) << '\n';
}

void JsonLinesRenderer::hit(const Hit& hit) {
    out_ << hit_to_json(hit) << std::endl;
}

void JsonLinesRenderer::end(const SearchResult& result) {
    out_ << summary_to_json(result) << std::endl;
}

}  // namespace mss
