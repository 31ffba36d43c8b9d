#include "spelling/vocabulary.h"

namespace mss {

const std::vector<VocabularyWord>& Vocabulary::words(const Xapian::Database& database) {
    if (words_) {
        return *words_;
    }
    std::vector<VocabularyWord> words;
    // One term-list read per leading byte: a remote shard sends every term under the prefix it is
    // asked for, so asking for "" would send the prefixed terms too, two thirds of the list.
    const auto read = [&](unsigned char lead) {
        const std::string prefix(1, static_cast<char>(lead));
        for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix);
             ++term) {
            words.push_back({*term, term.get_termfreq()});
        }
    };
    for (unsigned char lead = 'a'; lead <= 'z'; ++lead) {
        read(lead);
    }
    for (unsigned lead = 0xC2; lead <= 0xF4; ++lead) {  // the lead bytes of UTF-8 sequences
        read(static_cast<unsigned char>(lead));
    }
    words_ = std::move(words);
    return *words_;
}

}  // namespace mss
