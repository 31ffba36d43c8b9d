// read_articles(): walks files and directories and hands each article to the caller. Everything
// that can be wrong with one file or line becomes a warning here, so a nightly run never stops on
// bad input (the cases are listed in the README under "Bad input").
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <mss/error.h>
#include <mss/index.h>

#include "articles/jsonl_reader.h"
#include "articles/line_reader.h"
#include "articles/seed_text_reader.h"
#include "articles/utf8_repair.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

using Effect = SourceWarning::Effect;

enum class SourceKind { kSeedText, kJsonLines, kOther };

// Like git, look for a NUL byte near the start: text never has one, binary formats nearly always.
constexpr std::size_t kBinarySniffBytes = 8000;

SourceKind kind_of(const fs::path& path) {
    const auto extension = path.extension().string();
    if (extension == ".txt") {
        return SourceKind::kSeedText;
    }
    if (extension == ".jsonl") {
        return SourceKind::kJsonLines;
    }
    return SourceKind::kOther;
}

// 1-based line of byte `offset` in `text`.
std::size_t line_of(std::string_view text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// Checks what every file must pass before it is parsed: readable, not too large, not empty.
// Returns the open stream, or nothing after warning.
std::optional<std::ifstream> open_source(const fs::path& file, std::uintmax_t max_bytes,
                                         bool size_limits_whole_file,
                                         const WarningSink& on_warning) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(file, error);
    std::ifstream in(file, std::ios::binary);
    if (error || !in) {
        on_warning({file.string(), "cannot read file; skipped", Effect::kFileSkipped});
        return std::nullopt;
    }
    if (size == 0) {
        on_warning({file.string(), "empty file; skipped", Effect::kFileSkipped});
        return std::nullopt;
    }
    if (size_limits_whole_file && size > max_bytes) {
        on_warning({file.string(),
                    std::to_string(size) + " bytes, over --max-bytes " + std::to_string(max_bytes) +
                        "; skipped",
                    Effect::kFileSkipped});
        return std::nullopt;
    }
    std::string head(std::min<std::uintmax_t>(size, kBinarySniffBytes), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    const auto nul = head.find('\0', 0);
    if (nul != std::string::npos && nul < static_cast<std::size_t>(in.gcount())) {
        on_warning({file.string(),
                    "binary file (NUL byte at offset " + std::to_string(nul) + "); skipped",
                    Effect::kFileSkipped});
        return std::nullopt;
    }
    in.clear();
    in.seekg(0);
    return in;
}

// Replaces ill-formed UTF-8 in `text`, warning at `where` (a line is appended when known).
void repair_if_needed(std::string& text, const std::string& where, bool name_line,
                      const WarningSink& on_warning) {
    const auto bad = find_invalid_utf8(text);
    if (!bad) {
        return;
    }
    const std::string place = name_line ? where + ":" + std::to_string(line_of(text, *bad)) : where;
    on_warning({place, "invalid UTF-8 at byte " + std::to_string(*bad) + "; replaced by U+FFFD",
                Effect::kRepaired});
    text = repair_utf8(text);
}

void read_seed_text(const fs::path& file, const std::string& id, const ReadOptions& options,
                    const ArticleSink& on_article, const WarningSink& on_warning) {
    auto in = open_source(file, options.max_bytes, true, on_warning);
    if (!in) {
        return;
    }
    std::ostringstream buffer;
    buffer << in->rdbuf();
    std::string text = buffer.str();
    if (text.find('\0') != std::string::npos) {
        on_warning({file.string(), "binary file (NUL byte); skipped", Effect::kFileSkipped});
        return;
    }
    repair_if_needed(text, file.string(), true, on_warning);
    SeedTextParse parse = parse_seed_text(text, id, file.string());
    for (const auto& warning : parse.warnings) {
        on_warning({file.string() + ":1", warning, Effect::kRepaired});
    }
    if (parse.article.title.empty() && parse.article.body.empty()) {
        on_warning({file.string(), "no text (only white space); skipped", Effect::kFileSkipped});
        return;
    }
    on_article(std::move(parse.article));
}

// What tells a file that is being written from one at rest: its size and modification time.
struct FileVersion {
    off_t size = -1;
    timespec modified{};

    bool operator==(const FileVersion& other) const {
        return size == other.size && modified.tv_sec == other.modified.tv_sec &&
               modified.tv_nsec == other.modified.tv_nsec;
    }
};

FileVersion version_of(const fs::path& file) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0) {
        return {};
    }
    return {status.st_size, status.st_mtim};
}

void read_json_lines(const fs::path& file, const ReadOptions& options,
                     const ArticleSink& on_article, const WarningSink& on_warning) {
    auto in = open_source(file, options.max_bytes, false, on_warning);
    if (!in) {
        return;
    }
    const auto size = static_cast<std::uintmax_t>(version_of(file).size);
    std::uintmax_t offset = 0;  // of the current line
    for_each_line(*in, options.max_bytes, [&](const Line& line) {
        const std::string where = file.string() + ":" + std::to_string(line.number);
        // A last line with no newline that does not parse is a file cut short (a copy or a
        // download in progress): what followed the cut must not count as deleted.
        const bool cut_short = offset + line.bytes >= size;
        offset += line.bytes + 1;
        if (line.too_long) {
            on_warning({where, std::to_string(line.bytes) + " bytes, over --max-bytes " +
                                   std::to_string(options.max_bytes) + "; line skipped"});
            return;
        }
        if (line.text.find_first_not_of(" \t\r") == std::string::npos) {
            return;
        }
        std::string text(line.text);
        repair_if_needed(text, where, false, on_warning);
        JsonLineParse parse = parse_json_line(text, file.string(), line.number);
        if (cut_short && !parse.article) {
            on_warning(
                {where,
                 "last line incomplete (the file is cut mid-line); its articles are kept and "
                 "it is read again next run",
                 Effect::kFileSkipped});
            return;
        }
        const Effect effect = parse.article ? Effect::kRepaired : Effect::kSkipped;
        for (const auto& warning : parse.warnings) {
            on_warning({where, warning, effect});
        }
        if (parse.article) {
            on_article(std::move(*parse.article));
        }
    });
}

void read_file_once(const fs::path& file, const fs::path& root, const ReadOptions& options,
                    const ArticleSink& on_article, const WarningSink& on_warning) {
    switch (kind_of(file)) {
        case SourceKind::kSeedText: {
            // A file named on its own is its own root: its id is its file name.
            const fs::path id = root == file ? file.filename() : file.lexically_relative(root);
            read_seed_text(file, id.generic_string(), options, on_article, on_warning);
            break;
        }
        case SourceKind::kJsonLines:
            read_json_lines(file, options, on_article, on_warning);
            break;
        case SourceKind::kOther:
            break;
    }
}

void read_file(const fs::path& file, const fs::path& root, const ReadOptions& options,
               const ArticleSink& on_article, const WarningSink& on_warning) {
    const FileVersion before = version_of(file);
    bool skipped = false;
    const WarningSink note_skip = [&](const SourceWarning& warning) {
        skipped = skipped || warning.effect == Effect::kFileSkipped;
        on_warning(warning);
    };
    read_file_once(file, root, options, on_article, note_skip);
    if (!skipped && kind_of(file) != SourceKind::kOther && !(version_of(file) == before)) {
        on_warning({file.string(),
                    "changed while being read (a copy in progress?); its articles are kept and it "
                    "is read again next run",
                    Effect::kFileSkipped});
    }
}

// Adds the article files under `dir` to `files`. Symbolic links to folders are not followed, so a
// link loop cannot make the walk endless.
void collect_files(const fs::path& dir, std::vector<fs::path>& files,
                   const WarningSink& on_warning) {
    std::error_code error;
    fs::directory_iterator it(dir, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
        std::error_code ignored;
        if (it->is_directory(ignored) && !it->is_symlink(ignored)) {
            collect_files(it->path(), files, on_warning);
        } else if (it->is_regular_file(ignored) && kind_of(it->path()) != SourceKind::kOther) {
            files.push_back(it->path());
        }
    }
    if (error) {
        on_warning({dir.string(), "cannot read folder: " + error.message(), Effect::kFileSkipped});
    }
}

}  // namespace

void read_articles(const std::string& path, const ArticleSink& on_article,
                   const WarningSink& on_warning, const ReadOptions& options) {
    const fs::path root(path);
    std::error_code error;
    const auto status = fs::status(root, error);
    if (error || !fs::exists(status)) {
        throw InputError(path + ": no such file or directory");
    }
    if (!fs::is_directory(status)) {
        // A device or FIFO would be read for ever or block; another kind of file would give
        // nothing, silently, and its articles would look deleted.
        if (!fs::is_regular_file(status)) {
            on_warning({path, "not a regular file or folder (a device, FIFO or socket); skipped",
                        Effect::kFileSkipped});
        } else if (kind_of(root) == SourceKind::kOther) {
            on_warning({path, "not a .txt or .jsonl file; skipped", Effect::kFileSkipped});
        } else {
            read_file(root, root, options, on_article, on_warning);
        }
        return;
    }
    // Sorted, so ids, warnings and document order are the same on every machine.
    std::vector<fs::path> files;
    collect_files(root, files, on_warning);
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        read_file(file, root, options, on_article, on_warning);
    }
}

}  // namespace mss
