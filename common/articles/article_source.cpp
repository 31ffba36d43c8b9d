// read_articles(): walks files and directories and hands each article to the caller. Everything
// that can be wrong with one file or line becomes a warning here, so a nightly run never stops on
// bad input (the cases are listed in the README under "Bad input").
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

// The path stored with an article: the file as given, resolved against the current folder (not
// through symbolic links), so `mss-search --paths` works from any folder and the same folder given
// by a relative and an absolute path yields the same articles, not a re-analysis of every one.
// Warnings keep the path as the user gave it.
std::string resolved_path(const fs::path& file) {
    std::error_code error;
    const fs::path absolute = fs::absolute(file, error);
    return error ? file.string() : absolute.lexically_normal().string();
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
    SeedTextParse parse = parse_seed_text(text, id, resolved_path(file));
    for (const auto& warning : parse.warnings) {
        on_warning({file.string() + ":1", warning, Effect::kRepaired});
    }
    if (parse.article.title.empty() && parse.article.body.empty()) {
        on_warning({file.string(), "no text (only white space); skipped", Effect::kFileSkipped});
        return;
    }
    on_article(std::move(parse.article));
}

void read_json_lines(const fs::path& file, const ReadOptions& options,
                     const ArticleSink& on_article, const WarningSink& on_warning) {
    auto in = open_source(file, options.max_bytes, false, on_warning);
    if (!in) {
        return;
    }
    const std::string resolved = resolved_path(file);
    for_each_line(*in, options.max_bytes, [&](const Line& line) {
        const std::string where = file.string() + ":" + std::to_string(line.number);
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
        JsonLineParse parse = parse_json_line(text, resolved, line.number);
        const Effect effect = parse.article ? Effect::kRepaired : Effect::kSkipped;
        for (const auto& warning : parse.warnings) {
            on_warning({where, warning, effect});
        }
        if (parse.article) {
            on_article(std::move(*parse.article));
        }
    });
}

void read_file(const fs::path& file, const fs::path& root, const ReadOptions& options,
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
        read_file(root, root, options, on_article, on_warning);
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
