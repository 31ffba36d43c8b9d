#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

#include <algorithm>

#include <mss/index.h>

#include "scratch_folder.h"

namespace {

struct ReadResult {
    std::vector<mss::Article> articles;
    std::vector<mss::SourceWarning> warnings;

    bool warned(const std::string& where_end, const std::string& text,
                mss::SourceWarning::Effect effect) const {
        for (const auto& warning : warnings) {
            const bool place = warning.where.size() >= where_end.size() &&
                               warning.where.compare(warning.where.size() - where_end.size(),
                                                     where_end.size(), where_end) == 0;
            if (place && warning.message.find(text) != std::string::npos &&
                warning.effect == effect) {
                return true;
            }
        }
        return false;
    }
};

ReadResult read_all(const std::filesystem::path& path, std::uintmax_t max_bytes = 1 << 20) {
    ReadResult result;
    mss::read_articles(
        path.string(), [&](mss::Article&& article) { result.articles.push_back(article); },
        [&](const mss::SourceWarning& warning) { result.warnings.push_back(warning); },
        mss::ReadOptions{max_bytes});
    return result;
}

using Effect = mss::SourceWarning::Effect;

}  // namespace

TEST_CASE("empty, blank and binary files are skipped with a warning", "[sources]") {
    const ScratchFolder scratch;
    scratch.write("empty.txt", "");
    scratch.write("blank.txt", " \n\n  \n");
    scratch.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    scratch.write("good.txt", "Headline\nBody.");
    const auto result = read_all(scratch.path());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].id == "good.txt");
    CHECK(result.warned("empty.txt", "empty file", Effect::kFileSkipped));
    CHECK(result.warned("blank.txt", "no text", Effect::kFileSkipped));
    CHECK(result.warned("image.txt", "binary file", Effect::kFileSkipped));
}

TEST_CASE("invalid UTF-8 is replaced and the warning names the line", "[sources]") {
    const ScratchFolder scratch;
    scratch.write("latin1.txt", "Headline\nfine line\nCh\xE9rizier spoke.");
    scratch.write("wire.jsonl", "{\"id\":\"w1\",\"title\":\"Ch\xE9rizier\"}\n");
    const auto result = read_all(scratch.path());
    REQUIRE(result.articles.size() == 2);
    CHECK(result.warned("latin1.txt:3", "invalid UTF-8", Effect::kRepaired));
    CHECK(result.warned("wire.jsonl:1", "invalid UTF-8", Effect::kRepaired));
    CHECK(result.articles[0].body == "fine line\nCh\xEF\xBF\xBDrizier spoke.");
}

TEST_CASE("articles over the size limit are skipped, the rest of the file is read", "[sources]") {
    const ScratchFolder scratch;
    const std::string big(5000, 'x');
    scratch.write("big.txt", "Headline\n" + big);
    scratch.write("wire.jsonl", "{\"id\":\"small\"}\n{\"id\":\"big\",\"body\":\"" + big +
                                    "\"}\n{\"id\":\"after\"}\n");
    const auto result = read_all(scratch.path(), 1000);
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[1].id == "after");
    CHECK(result.warned("big.txt", "over the size limit", Effect::kFileSkipped));
    // The line may hold an article the index has: its file is not read in full.
    CHECK(result.warned("wire.jsonl:2", "over the size limit", Effect::kFileSkipped));
}

TEST_CASE("an unreadable file is reported as unread, so its articles are kept", "[sources]") {
    if (::geteuid() == 0) {
        WARN("SKIPPED: running as root, permissions cannot make a file unreadable");
        return;
    }
    const ScratchFolder scratch;
    const auto file = scratch.write("locked.txt", "Headline\nBody.");
    ::chmod(file.c_str(), 0);
    const auto result = read_all(scratch.path());
    CHECK(result.articles.empty());
    CHECK(result.warned("locked.txt", "cannot read", Effect::kFileSkipped));
}

TEST_CASE("a JSON Lines file cut mid-line is a broken file, not a shorter one", "[sources]") {
    const ScratchFolder scratch;
    scratch.write("wire.jsonl", "{\"id\":\"a\",\"title\":\"One\"}\n{\"id\":\"b\",\"title\":\"Tw");
    const auto result = read_all(scratch.path());
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].id == "a");
    CHECK(result.warned("wire.jsonl:2", "incomplete", Effect::kFileSkipped));
    // The warning names the file whose articles stay, as the articles' paths spell it.
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.articles[0].path == result.warnings[0].kept + ":1");
}

TEST_CASE("a complete last line without a newline is read as usual", "[sources]") {
    const ScratchFolder scratch;
    scratch.write("wire.jsonl",
                  "{\"id\":\"a\",\"title\":\"One\"}\n{\"id\":\"b\",\"title\":\"Two\"}");
    const auto result = read_all(scratch.path());
    CHECK(result.articles.size() == 2);
    CHECK(result.warnings.empty());
}

TEST_CASE("a file that changes while it is read is a broken file", "[sources]") {
    const ScratchFolder scratch;
    const auto file = scratch.write(
        "wire.jsonl", "{\"id\":\"a\",\"title\":\"One\"}\n{\"id\":\"b\",\"title\":\"Two\"}\n");
    std::vector<mss::SourceWarning> warnings;
    bool appended = false;
    mss::read_articles(
        file.string(),
        [&](mss::Article&&) {
            if (!appended) {  // a copy still in progress
                std::ofstream(file, std::ios::app) << "{\"id\":\"c\",\"title\":\"Three\"}\n";
                appended = true;
            }
        },
        [&](const mss::SourceWarning& warning) { warnings.push_back(warning); });
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].effect == Effect::kFileSkipped);
    CHECK(warnings[0].message.find("changed while") != std::string::npos);
    CHECK(warnings[0].kept == std::filesystem::absolute(file).lexically_normal().string());
}

TEST_CASE("a device, a FIFO or a file of another kind given as the path is a warning",
          "[sources]") {
    const ScratchFolder scratch;
    const auto fifo = scratch.path() / "pipe.jsonl";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Opening a FIFO with no writer would block for ever.
    CHECK(read_all(fifo).warned("pipe.jsonl", "not a regular file", Effect::kFileSkipped));
    CHECK(read_all("/dev/zero").warned("/dev/zero", "not a regular file", Effect::kFileSkipped));
    const auto other = scratch.write("notes.md", "# notes\n");
    CHECK(read_all(other).warned("notes.md", "not a format the indexer reads", Effect::kSkipped));
}

TEST_CASE("a text file's path is stored resolved against the current folder", "[sources]") {
    ScratchFolder scratch;
    scratch.write("news/a.txt", "Contingent lands\nOfficers landed.");
    const auto before = std::filesystem::current_path();
    std::filesystem::current_path(scratch.path());
    const ReadResult relative = read_all("news/./");
    std::filesystem::current_path(before);
    const ReadResult absolute = read_all(scratch.path() / "news");
    REQUIRE(relative.articles.size() == 1);
    REQUIRE(absolute.articles.size() == 1);
    CHECK(relative.articles[0].path == (scratch.path() / "news" / "a.txt").string());
    CHECK(relative.articles[0].path == absolute.articles[0].path);
    CHECK(relative.articles[0].id == absolute.articles[0].id);
}

TEST_CASE("gzipped, upper-case and .ndjson sources are read like the plain ones", "[sources]") {
    ScratchFolder scratch;
    const auto gz = scratch.path() / "news" / "wire.jsonl.gz";
    std::filesystem::create_directories(gz.parent_path());
    const std::string lines =
        "{\"id\":\"z1\",\"title\":\"Compressed one\"}\n"
        "{\"id\":\"z2\",\"title\":\"Compressed two\"}\n";
    gzFile out = gzopen(gz.c_str(), "wb");
    REQUIRE(out != nullptr);
    gzwrite(out, lines.data(), static_cast<unsigned>(lines.size()));
    gzclose(out);
    scratch.write("news/NOTE.TXT", "Upper-case name\nRead all the same.");
    scratch.write("news/more.ndjson", "{\"id\":\"n1\",\"title\":\"Newline-delimited\"}\n");
    const ReadResult result = read_all(scratch.path() / "news");
    CHECK(result.warnings.empty());
    std::vector<std::string> titles;
    for (const auto& article : result.articles) {
        titles.push_back(article.title);
    }
    std::sort(titles.begin(), titles.end());
    CHECK(titles == std::vector<std::string>{"Compressed one", "Compressed two",
                                             "Newline-delimited", "Upper-case name"});
}

TEST_CASE("a file of no known type is a warning, not silence, and blocks no deletions",
          "[sources]") {
    ScratchFolder scratch;
    scratch.write("news/report.pdf", "%PDF-1.4\n");
    scratch.write("news/LICENSE", "text\n");
    scratch.write("news/a.txt", "Headline\nBody.");
    const ReadResult result = read_all(scratch.path() / "news");
    CHECK(result.articles.size() == 1);
    CHECK(result.warned("report.pdf", "not a format the indexer reads", Effect::kSkipped));
    CHECK(result.warned("LICENSE", "not a format the indexer reads", Effect::kSkipped));
    const ReadResult named = read_all(scratch.path() / "news" / "report.pdf");
    CHECK(named.warned("report.pdf", "not a format", Effect::kSkipped));
}

TEST_CASE("a damaged .gz keeps the lines before the damage and says so", "[sources]") {
    ScratchFolder scratch;
    const auto gz = scratch.path() / "cut.jsonl.gz";
    std::string lines;
    for (int i = 0; i < 2000; ++i) {
        lines += "{\"id\":\"c" + std::to_string(i) + "\",\"title\":\"Line " + std::to_string(i) +
                 " of a long wire about the contingent\"}\n";
    }
    gzFile out = gzopen(gz.c_str(), "wb");
    gzwrite(out, lines.data(), static_cast<unsigned>(lines.size()));
    gzclose(out);
    std::filesystem::resize_file(gz, std::filesystem::file_size(gz) / 2);
    const ReadResult result = read_all(gz);
    // The lines before the damage, in order: a slice of the original from its start.
    CHECK(result.articles.size() > 0);
    CHECK(result.articles.size() < 2000);
    for (std::size_t i = 0; i < result.articles.size(); ++i) {
        CHECK(result.articles[i].id == "c" + std::to_string(i));
        CHECK(result.articles[i].title ==
              "Line " + std::to_string(i) + " of a long wire about the contingent");
    }
    CHECK(result.warned("cut.jsonl.gz", "compressed data damaged", Effect::kFileSkipped));
}
