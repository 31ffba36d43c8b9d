// read_articles(): walks files and directories and hands each article to the caller. Everything
// that can be wrong with one file or line becomes a warning here, so a nightly run never stops on
// bad input (the cases are listed in the README under "Bad input").
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include <mss/error.h>
#include <mss/index.h>

#include "articles/feed_reader.h"
#include "articles/html_reader.h"
#include "articles/jsonl_reader.h"
#include "articles/line_reader.h"
#include "articles/open_source.h"
#include "articles/seed_text_reader.h"
#include "articles/source_kind.h"
#include "utf8_repair.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

using Effect = SourceWarning::Effect;

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

// Which reader a file goes to, or nothing after warning that no reader knows it.
std::optional<SourceKind> kind_of_file(const fs::path& file, const SourceName& name,
                                       const std::string& head, const WarningSink& on_warning) {
    const SourceKind kind = source_content_kind(head, name.kind);
    if (kind != SourceKind::kUnknown) {
        return kind;
    }
    // Counted as skipped but no reason to keep the root's deletions back: nothing was lost that
    // was ever read.
    on_warning({file.string(),
                name.kind == SourceKind::kXml
                    ? "XML that is neither an RSS nor an Atom feed; skipped"
                    : "not a format the indexer reads (.txt, .jsonl, .ndjson, .html, .htm, .rss, "
                      ".atom, .xml feeds, any of them .gz); skipped",
                Effect::kSkipped});
    return std::nullopt;
}

// A file named on its own is its own root: its id is its file name.
std::string id_of(const fs::path& file, const fs::path& root) {
    const fs::path id = root == file ? file.filename() : file.lexically_relative(root);
    return id.generic_string();
}

void read_seed_text(const fs::path& file, const std::string& id, std::string text,
                    const ArticleSink& on_article, const WarningSink& on_warning) {
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

void read_html_page(const fs::path& file, const std::string& id, std::string text,
                    const ArticleSink& on_article, const WarningSink& on_warning) {
    repair_if_needed(text, file.string(), true, on_warning);
    HtmlPageParse parse = parse_html_page(text, id, resolved_path(file));
    for (const auto& warning : parse.warnings) {
        on_warning({file.string(), warning, Effect::kRepaired});
    }
    if (parse.article.title.empty() && parse.article.body.empty()) {
        on_warning(
            {file.string(), "no headline and no text in the page; skipped", Effect::kFileSkipped});
        return;
    }
    on_article(std::move(parse.article));
}

void read_feed(const fs::path& file, std::string text, const ArticleSink& on_article,
               const WarningSink& on_warning) {
    repair_if_needed(text, file.string(), true, on_warning);
    FeedParse parse = parse_feed(text, resolved_path(file));
    for (const auto& warning : parse.warnings) {
        const std::string where =
            warning.line == 0 ? file.string() : file.string() + ":" + std::to_string(warning.line);
        on_warning(
            {where, warning.message, warning.item_lost ? Effect::kSkipped : Effect::kRepaired});
    }
    for (Article& item : parse.items) {
        on_article(std::move(item));
    }
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

void read_json_lines(const fs::path& file, OpenSource& source, const ReadOptions& options,
                     const ArticleSink& on_article, const WarningSink& on_warning) {
    const std::string resolved = resolved_path(file);
    // The bytes of a plain file, to tell its last line; a compressed one reports a cut itself.
    const auto size = source.gzip == nullptr ? static_cast<std::uintmax_t>(version_of(file).size)
                                             : std::uintmax_t{0};
    std::uintmax_t offset = 0;  // of the current line
    for_each_line(*source.in, options.max_bytes, [&](const Line& line) {
        const std::string where = file.string() + ":" + std::to_string(line.number);
        // A last line with no newline that does not parse is a file cut short (a copy or a
        // download in progress): what followed the cut must not count as deleted.
        const bool cut_short = source.gzip == nullptr && offset + line.bytes >= size;
        offset += line.bytes + 1;
        // A line skipped whole may hold an article the index has (tonight's copy is damaged, or
        // the limit was lowered): the file is not read in full, so none of its articles counts as
        // deleted this run.
        if (line.too_long) {
            on_warning({where,
                        std::to_string(line.bytes) + " bytes, over the size limit of " +
                            std::to_string(options.max_bytes) +
                            "; line skipped, the file's articles are kept",
                        Effect::kFileSkipped});
            return;
        }
        if (line.text.find_first_not_of(" \t\r") == std::string::npos) {
            return;
        }
        std::string text(line.text);
        repair_if_needed(text, where, false, on_warning);
        JsonLineParse parse = parse_json_line(text, resolved, line.number);
        if (cut_short && !parse.article) {
            on_warning(
                {where,
                 "last line incomplete (the file is cut mid-line); its articles are kept and "
                 "it is read again next run",
                 Effect::kFileSkipped});
            return;
        }
        if (!parse.article) {
            // One line for a line skipped: its last warning says why.
            on_warning(
                {where,
                 (parse.warnings.empty() ? std::string("line skipped") : parse.warnings.back()) +
                     ", the file's articles are kept",
                 Effect::kFileSkipped});
            return;
        }
        for (const auto& warning : parse.warnings) {
            on_warning({where, warning, Effect::kRepaired});
        }
        on_article(std::move(*parse.article));
    });
    source.damaged(file.string(), on_warning);
}

void read_file_once(const fs::path& file, const fs::path& root, const ReadOptions& options,
                    const ArticleSink& on_article, const WarningSink& on_warning) {
    const SourceName name = source_name_kind(file);
    if (name.kind == SourceKind::kUnknown) {
        kind_of_file(file, name, {}, on_warning);
        return;
    }
    const bool streamed = name.kind == SourceKind::kJsonLines;
    auto source = open_source(file, name.compressed, options.max_bytes, !streamed, on_warning);
    if (!source) {
        return;
    }
    const auto kind = kind_of_file(file, name, source->head, on_warning);
    if (!kind) {
        return;
    }
    if (*kind == SourceKind::kJsonLines) {
        read_json_lines(file, *source, options, on_article, on_warning);
        return;
    }
    auto text =
        read_whole(file, *source, options.max_bytes, *kind == SourceKind::kFeed, on_warning);
    if (!text) {
        return;
    }
    switch (*kind) {
        case SourceKind::kSeedText:
            read_seed_text(file, id_of(file, root), std::move(*text), on_article, on_warning);
            break;
        case SourceKind::kHtml:
            read_html_page(file, id_of(file, root), std::move(*text), on_article, on_warning);
            break;
        case SourceKind::kFeed:
            read_feed(file, std::move(*text), on_article, on_warning);
            break;
        default:
            break;
    }
}

void read_file(const fs::path& file, const fs::path& root, const ReadOptions& options,
               const ArticleSink& on_article, const WarningSink& on_warning) {
    const FileVersion before = version_of(file);
    bool skipped = false;
    // Whatever makes this file skipped whole keeps this file's articles, and only those.
    const WarningSink note_skip = [&](SourceWarning warning) {
        if (warning.effect == Effect::kFileSkipped) {
            skipped = true;
            warning.kept = resolved_path(file);
        }
        on_warning(warning);
    };
    read_file_once(file, root, options, on_article, note_skip);
    if (!skipped && source_name_kind(file).kind != SourceKind::kUnknown &&
        !(version_of(file) == before)) {
        on_warning({file.string(),
                    "changed while being read (a copy in progress?); its articles are kept and it "
                    "is read again next run",
                    Effect::kFileSkipped, resolved_path(file)});
    }
}

// Adds the files under `dir` to `files`: every regular file, so that one no reader knows is
// warned about rather than passed over in silence. Symbolic links to folders are not followed,
// so a link loop cannot make the walk endless.
void collect_files(const fs::path& dir, std::vector<fs::path>& files,
                   const WarningSink& on_warning) {
    std::error_code error;
    fs::directory_iterator it(dir, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
        std::error_code ignored;
        if (it->is_directory(ignored) && !it->is_symlink(ignored)) {
            collect_files(it->path(), files, on_warning);
        } else if (it->is_regular_file(ignored)) {
            files.push_back(it->path());
        }
    }
    if (error) {
        on_warning({dir.string(), "cannot read folder: " + error.message(), Effect::kFileSkipped,
                    resolved_path(dir)});
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
                        Effect::kFileSkipped, resolved_path(root)});
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
