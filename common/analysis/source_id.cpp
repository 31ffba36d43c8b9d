#include "analysis/source_id.h"

namespace mss {

std::string source_id(Analyzer& analyzer, std::string_view name) {
    std::string id;
    for (const Token& token : analyzer.analyze(name)) {
        id += (id.empty() ? "" : "-") + token.word;
    }
    return id;
}

}  // namespace mss
