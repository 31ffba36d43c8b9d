#include "articles/open_source.h"

#include <array>
#include <fstream>

namespace mss {
namespace fs = std::filesystem;
namespace {

using Effect = SourceWarning::Effect;

// Like git, look for a NUL byte near the start: text never has one, binary formats nearly always.
constexpr std::size_t kBinarySniffBytes = 8000;

}  // namespace

bool OpenSource::damaged(const std::string& where, const WarningSink& on_warning) const {
    if (gzip == nullptr || gzip->error().empty()) {
        return false;
    }
    on_warning({where, "compressed data damaged (" + gzip->error() + "); the rest is lost",
                Effect::kFileSkipped});
    return true;
}

std::optional<OpenSource> open_source(const fs::path& file, bool compressed,
                                      std::uintmax_t max_bytes, bool size_limits_whole_file,
                                      const WarningSink& on_warning) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(file, error);
    OpenSource source;
    if (compressed) {
        auto gzip = std::make_unique<GzipInputStream>(file.string());
        source.gzip = gzip.get();
        source.in = std::move(gzip);
    } else {
        source.in = std::make_unique<std::ifstream>(file, std::ios::binary);
    }
    if (error || !*source.in) {
        on_warning({file.string(), "cannot read file; skipped", Effect::kFileSkipped});
        return std::nullopt;
    }
    if (size == 0) {
        on_warning({file.string(), "empty file; skipped", Effect::kFileSkipped});
        return std::nullopt;
    }
    if (!compressed && size_limits_whole_file && size > max_bytes) {
        on_warning({file.string(),
                    std::to_string(size) + " bytes, over the size limit of " +
                        std::to_string(max_bytes) + "; skipped",
                    Effect::kFileSkipped});
        return std::nullopt;
    }
    source.head.resize(kBinarySniffBytes);
    source.in->read(source.head.data(), static_cast<std::streamsize>(source.head.size()));
    source.head.resize(static_cast<std::size_t>(source.in->gcount()));
    if (source.head.empty()) {
        on_warning({file.string(),
                    source.gzip && !source.gzip->error().empty()
                        ? "compressed data damaged (" + source.gzip->error() + "); skipped"
                        : "empty file; skipped",
                    Effect::kFileSkipped});
        return std::nullopt;
    }
    const auto nul = source.head.find('\0');
    if (nul != std::string::npos) {
        on_warning({file.string(),
                    "binary file (NUL byte at offset " + std::to_string(nul) + "); skipped",
                    Effect::kFileSkipped});
        return std::nullopt;
    }
    if (compressed) {
        source.in = std::make_unique<GzipInputStream>(file.string());  // zlib streams do not seek
        source.gzip = static_cast<GzipInputStream*>(source.in.get());
    } else {
        source.in->clear();
        source.in->seekg(0);
    }
    return source;
}

std::optional<std::string> read_whole(const fs::path& file, OpenSource& source,
                                      std::uintmax_t max_bytes, bool keep_damaged,
                                      const WarningSink& on_warning) {
    std::string text;
    std::array<char, 64 * 1024> chunk;
    while (*source.in) {
        source.in->read(chunk.data(), chunk.size());
        text.append(chunk.data(), static_cast<std::size_t>(source.in->gcount()));
        if (text.size() > max_bytes) {
            on_warning({file.string(),
                        "over the size limit of " + std::to_string(max_bytes) +
                            " bytes when decompressed; skipped",
                        Effect::kFileSkipped});
            return std::nullopt;
        }
    }
    if (source.damaged(file.string(), on_warning) && !keep_damaged) {
        return std::nullopt;
    }
    if (text.find('\0') != std::string::npos) {
        on_warning({file.string(), "binary file (NUL byte); skipped", Effect::kFileSkipped});
        return std::nullopt;
    }
    return text;
}

}  // namespace mss
