// Opening one source file for its reader: the checks every file must pass before it is parsed
// (readable, not empty, not binary, not over the size limit) and the reading of a whole file,
// decompressed on the way when its name ends in ".gz". Each failed check is one warning that
// skips the file (SourceWarning::Effect::kFileSkipped); nothing here throws.
//
// Thread-safety: an OpenSource is used by one thread; the functions share no state.
#pragma once

#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <string>

#include <mss/index.h>

#include "articles/gzip_stream.h"

namespace mss {

// An open source file, decompressed on the way when its name ends in ".gz", with its first
// bytes already read for sniffing and then put back.
struct OpenSource {
    std::unique_ptr<std::istream> in;
    GzipInputStream* gzip = nullptr;  // the same stream, when compressed
    std::string head;

    // After reading: a warning when the compressed data was corrupt or cut short.
    bool damaged(const std::string& where, const WarningSink& on_warning) const;
};

// `file` opened after the checks, or nothing after warning. `max_bytes` bounds the file when
// `size_limits_whole_file` (the kinds read whole; compressed ones are checked as they are read).
std::optional<OpenSource> open_source(const std::filesystem::path& file, bool compressed,
                                      std::uintmax_t max_bytes, bool size_limits_whole_file,
                                      const WarningSink& on_warning);

// The whole text of a file read in one piece (text files, HTML pages, feeds), at most
// `max_bytes` after decompression; nothing after warning. With `keep_damaged` (a feed: its
// items before the damage are whole, as in a feed cut short uncompressed) compressed data that
// breaks off gives what came before, after the warning; a page or text file cut short would be
// a shorter article, and gives nothing.
std::optional<std::string> read_whole(const std::filesystem::path& file, OpenSource& source,
                                      std::uintmax_t max_bytes, bool keep_damaged,
                                      const WarningSink& on_warning);

}  // namespace mss
