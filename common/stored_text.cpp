#include "stored_text.h"

#include <cstring>

#include <zdict.h>
#include <zstd.h>

#include <mss/error.h>

#include "schema.h"

namespace mss {
namespace {

// Four times zstd's default (110 KB). Measured on the 21,578 documents of Reuters-21578 (22.0 MB
// of JSON), each compressed alone at level 9 with a dictionary trained on the first 4 MB: 7.57 MB
// with 110 KB, 7.24 MB with 220 KB, 6.89 MB with 440 KB. A reader holds one per shard in memory.
constexpr std::size_t kDictionaryCapacity = 450560;

// The level costs only the writer's CPU (decompression speed hardly depends on it): level 3 gave
// 7.47 MB in 0.3 s, level 9 6.89 MB in 1.2 s, level 19 6.38 MB in 12.6 s (one core, same data).
constexpr int kLevel = 9;

constexpr unsigned char kFrameMagic[] = {0x28, 0xB5, 0x2F,
                                         0xFD};  // ZSTD_MAGICNUMBER, little-endian

bool is_frame(std::string_view data) {
    return data.size() >= sizeof kFrameMagic &&
           std::memcmp(data.data(), kFrameMagic, sizeof kFrameMagic) == 0;
}

struct CompressionContext {
    ZSTD_CCtx* context = ZSTD_createCCtx();
    ~CompressionContext() { ZSTD_freeCCtx(context); }
};

struct DecompressionContext {
    ZSTD_DCtx* context = ZSTD_createDCtx();
    ~DecompressionContext() { ZSTD_freeDCtx(context); }
};

// One context per thread: a context is not thread-safe, and making one per document would
// allocate its work space every time.
ZSTD_CCtx* compression_context() {
    thread_local CompressionContext context;
    return context.context;
}

ZSTD_DCtx* decompression_context() {
    thread_local DecompressionContext context;
    return context.context;
}

}  // namespace

std::string train_text_dictionary(const std::vector<std::string>& samples) {
    std::string joined;
    std::vector<std::size_t> sizes;
    sizes.reserve(samples.size());
    for (const std::string& sample : samples) {
        joined += sample;
        sizes.push_back(sample.size());
    }
    std::string dictionary(kDictionaryCapacity, '\0');
    const std::size_t size =
        ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                              static_cast<unsigned>(sizes.size()));
    if (ZDICT_isError(size)) {
        return "";  // too few samples: "nothing to learn", not a failure of the build
    }
    dictionary.resize(size);
    return dictionary;
}

struct TextCompressor::Dictionary {
    ZSTD_CDict* compiled;
    explicit Dictionary(const std::string& bytes)
        : compiled(ZSTD_createCDict(bytes.data(), bytes.size(), kLevel)) {}
    ~Dictionary() { ZSTD_freeCDict(compiled); }
    Dictionary(const Dictionary&) = delete;
    Dictionary& operator=(const Dictionary&) = delete;
};

TextCompressor::TextCompressor(const std::string& dictionary) : dictionary_(dictionary) {
    if (!dictionary_.empty()) {
        compiled_ = std::make_shared<const Dictionary>(dictionary_);
        if (compiled_->compiled == nullptr) {
            throw IoError("the index's text dictionary is damaged");
        }
    }
}

std::string TextCompressor::compress(std::string_view text) const {
    std::string frame(ZSTD_compressBound(text.size()), '\0');
    ZSTD_CCtx* context = compression_context();
    const std::size_t size =
        compiled_ ? ZSTD_compress_usingCDict(context, frame.data(), frame.size(), text.data(),
                                             text.size(), compiled_->compiled)
                  : ZSTD_compressCCtx(context, frame.data(), frame.size(), text.data(), text.size(),
                                      kLevel);
    if (ZSTD_isError(size)) {
        throw IoError(std::string("cannot compress an article: ") + ZSTD_getErrorName(size));
    }
    frame.resize(size);
    return frame;
}

struct StoredTextReader::Dictionary {
    ZSTD_DDict* compiled;
    explicit Dictionary(const std::string& bytes)
        : compiled(ZSTD_createDDict(bytes.data(), bytes.size())) {}
    ~Dictionary() { ZSTD_freeDDict(compiled); }
    Dictionary(const Dictionary&) = delete;
    Dictionary& operator=(const Dictionary&) = delete;
};

StoredTextReader::StoredTextReader() = default;
StoredTextReader::~StoredTextReader() = default;
StoredTextReader::StoredTextReader(StoredTextReader&&) noexcept = default;
StoredTextReader& StoredTextReader::operator=(StoredTextReader&&) noexcept = default;

void StoredTextReader::add_dictionary(const std::string& dictionary) {
    if (dictionary.empty()) {
        return;
    }
    const unsigned id = ZSTD_getDictID_fromDict(dictionary.data(), dictionary.size());
    if (dictionaries_.count(id) != 0) {
        return;  // shards trained on the same articles share it
    }
    auto compiled = std::make_shared<const Dictionary>(dictionary);
    if (compiled->compiled == nullptr) {
        throw IoError("the index's text dictionary is damaged");
    }
    dictionaries_.emplace(id, std::move(compiled));
}

StoredTextReader StoredTextReader::of(const Xapian::Database& database) {
    StoredTextReader reader;
    reader.add_dictionary(database.get_metadata(schema::kDictionaryKey));
    return reader;
}

std::string StoredTextReader::restore(const std::string& data) const {
    if (!is_frame(data)) {
        return data;
    }
    const unsigned long long length = ZSTD_getFrameContentSize(data.data(), data.size());
    if (length == ZSTD_CONTENTSIZE_ERROR || length == ZSTD_CONTENTSIZE_UNKNOWN) {
        throw IoError("a stored article is damaged (its compressed frame has no length)");
    }
    std::string text(length, '\0');
    const unsigned id = ZSTD_getDictID_fromFrame(data.data(), data.size());
    std::size_t size = 0;
    if (id == 0) {
        size = ZSTD_decompressDCtx(decompression_context(), text.data(), text.size(), data.data(),
                                   data.size());
    } else {
        const auto dictionary = dictionaries_.find(id);
        if (dictionary == dictionaries_.end()) {
            throw IoError("a stored article was compressed with text dictionary " +
                          std::to_string(id) + ", which the index does not hold");
        }
        size = ZSTD_decompress_usingDDict(decompression_context(), text.data(), text.size(),
                                          data.data(), data.size(), dictionary->second->compiled);
    }
    if (ZSTD_isError(size) || size != text.size()) {
        throw IoError(std::string("a stored article is damaged: ") +
                      (ZSTD_isError(size) ? ZSTD_getErrorName(size) : "wrong length"));
    }
    return text;
}

}  // namespace mss
