// Text analysis over arbitrary bytes (invalid UTF-8 included): token spans must lie inside the
// text, in order, and normalising the same word again must give the same term.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "analysis/analyzer.h"
#include "analysis/word_form.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static mss::Analyzer analyzer(mss::StopwordList::parse("the\nof\nand\n"));
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t previous_end = 0;
    for (const mss::Token& token : analyzer.analyze(text)) {
        if (token.begin < previous_end || token.begin >= token.end || token.end > size) {
            std::abort();
        }
        previous_end = token.end;
        if (mss::normalise_word(text.substr(token.begin, token.end - token.begin)) != token.word) {
            std::abort();
        }
    }
    return 0;
}
