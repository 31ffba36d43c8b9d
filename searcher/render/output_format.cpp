#include "render/output_format.h"

#include "render/json_renderer.h"
#include "render/list_renderer.h"
#include "render/template_renderer.h"
#include "render/text_renderer.h"

namespace mss {

std::unique_ptr<ResultRenderer> make_renderer(const OutputOptions& options, std::ostream& out) {
    switch (options.format) {
        case OutputFormat::kJson:
            return std::make_unique<JsonRenderer>(out);
        case OutputFormat::kJsonLines:
            return std::make_unique<JsonLinesRenderer>(out);
        case OutputFormat::kTemplate:
            return std::make_unique<TemplateRenderer>(options.template_text, out);
        case OutputFormat::kCount:
            return std::make_unique<CountRenderer>(out);
        case OutputFormat::kIds:
            return std::make_unique<FieldListRenderer>(FieldListRenderer::Field::kId, out);
        case OutputFormat::kPaths:
            return std::make_unique<FieldListRenderer>(FieldListRenderer::Field::kPath, out);
        case OutputFormat::kText:
            break;
    }
    return std::make_unique<TextRenderer>(TextStyle{options.color}, out);
}

}  // namespace mss
