#include "analysis/word_form.h"

#include "analysis/digit_groups.h"
#include "analysis/dotted_acronym.h"
#include "analysis/fold.h"

namespace mss {

std::string normalise_word(std::string_view word) {
    return join_digit_groups(join_dotted_acronym(fold_word(word)));
}

}  // namespace mss
