// The document data (the article as JSON, schema.h) is stored as one zstd frame, compressed with a
// dictionary trained on the index's own articles when a full build starts (news articles are short,
// and a frame without a dictionary has no history to find their common strings in: JSON keys,
// outlet names, datelines). The dictionary is kept in the index's metadata
// (schema::kDictionaryKey), so it is rebuilt with the index, an incremental run compresses with the
// one the index holds, and a searcher reads it through a remote shard too. A frame names its
// dictionary by id, so a reader holding the dictionaries of every shard restores a document
// whichever shard it came from. Document data that is not a zstd frame (written before compression,
// or by a test) reads as is.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace mss {

// A dictionary trained on `samples` (whole documents as they will be stored), or "" when they are
// too few or too alike for zstd to train one; the caller then compresses without a dictionary.
std::string train_text_dictionary(const std::vector<std::string>& samples);

// Thread-safety: compress() may be called from any number of threads at once.
class TextCompressor {
  public:
    // `dictionary` as train_text_dictionary() gave it; "" compresses without one.
    explicit TextCompressor(const std::string& dictionary = "");

    // One zstd frame holding `text`, naming the dictionary it was compressed with.
    std::string compress(std::string_view text) const;

    const std::string& dictionary() const { return dictionary_; }

  private:
    struct Dictionary;
    std::string dictionary_;
    std::shared_ptr<const Dictionary> compiled_;  // null without a dictionary
};

// Thread-safety: add_dictionary() must not run beside restore(); restore() may run on any number
// of threads at once.
class StoredTextReader {
  public:
    StoredTextReader();
    ~StoredTextReader();
    StoredTextReader(StoredTextReader&&) noexcept;
    StoredTextReader& operator=(StoredTextReader&&) noexcept;

    // Makes frames compressed with `dictionary` readable; "" (an index without one) adds nothing.
    void add_dictionary(const std::string& dictionary);

    // The text of document data: a frame decompressed, anything else returned as it is. Throws
    // mss::IoError for a damaged frame or one whose dictionary was never added.
    std::string restore(const std::string& data) const;

    // A reader of `database`'s document data, with the dictionary its metadata holds.
    static StoredTextReader of(const Xapian::Database& database);

  private:
    struct Dictionary;
    std::map<unsigned, std::shared_ptr<const Dictionary>> dictionaries_;  // by zstd dictionary id
};

}  // namespace mss
