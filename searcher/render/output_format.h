// Which renderer mss-search uses, from its output flags.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "render/result_renderer.h"

namespace mss {

enum class OutputFormat { kText, kJson, kJsonLines, kTemplate, kCount, kIds, kPaths };

struct OutputOptions {
    OutputFormat format = OutputFormat::kText;
    bool color = false;         // text only
    std::string template_text;  // kTemplate only
};

// Throws mss::Error (usage) for a bad template.
std::unique_ptr<ResultRenderer> make_renderer(const OutputOptions& options, std::ostream& out);

}  // namespace mss
