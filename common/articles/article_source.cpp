// read_articles(): walks files and directories and hands each article to the caller.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <mss/error.h>
#include <mss/index.h>

#include "articles/jsonl_reader.h"
#include "articles/seed_text_reader.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

enum class SourceKind { kSeedText, kJsonLines, kOther };

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

void read_seed_text(const fs::path& file, const std::string& id, const ArticleSink& on_article,
                    const WarningSink& on_warning) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        on_warning({file.string(), "cannot read file; skipped"});
        return;
    }
    std::ostringstream text;
    text << in.rdbuf();
    SeedTextParse parse = parse_seed_text(text.str(), id, file.string());
    for (const auto& warning : parse.warnings) {
        on_warning({file.string(), warning});
    }
    on_article(std::move(parse.article));
}

void read_json_lines(const fs::path& file, const ArticleSink& on_article,
                     const WarningSink& on_warning) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        on_warning({file.string(), "cannot read file; skipped"});
        return;
    }
    std::string line;
    for (std::size_t line_number = 1; std::getline(in, line); ++line_number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
            continue;
        }
        JsonLineParse parse = parse_json_line(line, file.string(), line_number);
        for (const auto& warning : parse.warnings) {
            on_warning({file.string() + ":" + std::to_string(line_number), warning});
        }
        if (parse.article) {
            on_article(std::move(*parse.article));
        }
    }
}

void read_file(const fs::path& file, const fs::path& root, const ArticleSink& on_article,
               const WarningSink& on_warning) {
    switch (kind_of(file)) {
        case SourceKind::kSeedText: {
            // A file named on its own is its own root: its id is its file name.
            const fs::path id = root == file ? file.filename() : file.lexically_relative(root);
            read_seed_text(file, id.generic_string(), on_article, on_warning);
            break;
        }
        case SourceKind::kJsonLines:
            read_json_lines(file, on_article, on_warning);
            break;
        case SourceKind::kOther:
            break;
    }
}

}  // namespace

void read_articles(const std::string& path, const ArticleSink& on_article,
                   const WarningSink& on_warning) {
    const fs::path root(path);
    std::error_code error;
    const auto status = fs::status(root, error);
    if (error || !fs::exists(status)) {
        throw InputError(path + ": no such file or directory");
    }
    if (!fs::is_directory(status)) {
        read_file(root, root, on_article, on_warning);
        return;
    }
    // Sorted, so ids, warnings and document order are the same on every machine.
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator
             it(root, fs::directory_options::skip_permission_denied, error),
         end;
         it != end; it.increment(error)) {
        if (error) {
            on_warning({it->path().string(), error.message()});
            break;
        }
        if (it->is_regular_file(error) && kind_of(it->path()) != SourceKind::kOther) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        read_file(file, root, on_article, on_warning);
    }
}

}  // namespace mss
