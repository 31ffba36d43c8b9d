#include "analysis/stemmer.h"

#include <string>

#include <libstemmer.h>

#include <mss/error.h>

namespace mss {

Stemmer::Stemmer(const char* algorithm) : stemmer_(sb_stemmer_new(algorithm, "UTF_8")) {
    if (stemmer_ == nullptr) {
        throw IoError(std::string("cannot create the Snowball ") + algorithm + " stemmer");
    }
}

Stemmer::~Stemmer() {
    sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view folded_word) {
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                        static_cast<int>(folded_word.size()));
    if (stemmed == nullptr) {  // out of memory: the word itself is still a usable term
        return std::string(folded_word);
    }
    return std::string(reinterpret_cast<const char*>(stemmed),
                       static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace mss
