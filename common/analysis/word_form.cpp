#include "analysis/word_form.h"

#include "analysis/digit_groups.h"
#include "analysis/dotted_acronym.h"
#include "analysis/fold.h"
#include "analysis/spaced_number.h"

namespace mss {

std::string normalise_word(std::string_view word) {
    return join_digit_groups(join_dotted_acronym(fold_word(word)));
}

std::string normalise_word(std::string_view word, Language language) {
    if (language != Language::kFrench) {
        return normalise_word(word);
    }
    return join_digit_groups(join_dotted_acronym(decimal_comma_as_point(fold_word(word))));
}

}  // namespace mss
