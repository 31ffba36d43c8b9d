// GzipInputStream on files this test compresses with zlib itself: the oracle is the text before
// compression.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <zlib.h>

#include "articles/gzip_stream.h"
#include "scratch_folder.h"

namespace {

// Lines that differ from each other, so the data does not compress to almost nothing and spans
// several of the stream's 64 KiB buffers once decompressed.
std::string patrol_log(int lines) {
    std::string text;
    for (int n = 0; n < lines; ++n) {
        text += "Patrol " + std::to_string(n) + " left the base at " + std::to_string(n % 24) +
                ":" + std::to_string(n * 7 % 60) + " with " + std::to_string(n * 13 % 97) +
                " officers.\n";
    }
    return text;
}

std::filesystem::path write_gzip(const ScratchFolder& folder, const std::string& name,
                                 const std::string& text) {
    const auto path = folder.path() / name;
    gzFile file = gzopen(path.c_str(), "wb");
    REQUIRE(file != nullptr);
    REQUIRE(gzwrite(file, text.data(), static_cast<unsigned>(text.size())) ==
            static_cast<int>(text.size()));
    REQUIRE(gzclose(file) == Z_OK);
    return path;
}

std::string read_all(mss::GzipInputStream& in) {
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("a gzip file reads back byte for byte as it was written", "[gzip]") {
    const ScratchFolder folder;
    const std::string text = patrol_log(8000);
    REQUIRE(text.size() > 3 * 64 * 1024);
    mss::GzipInputStream in(write_gzip(folder, "log.txt.gz", text).string());
    REQUIRE(in.is_open());
    CHECK(read_all(in) == text);
    CHECK(in.error().empty());
}

TEST_CASE("a gzip file cut short gives a prefix of its text and says it is damaged", "[gzip]") {
    const ScratchFolder folder;
    const std::string text = patrol_log(8000);
    const auto whole = write_gzip(folder, "whole.gz", text);
    std::ifstream compressed(whole, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(compressed)),
                            std::istreambuf_iterator<char>());
    const auto cut = folder.write("cut.gz", bytes.substr(0, bytes.size() / 2));
    mss::GzipInputStream in(cut.string());
    const std::string read = read_all(in);
    CHECK_FALSE(read.empty());
    CHECK(read.size() < text.size());
    CHECK(text.compare(0, read.size(), read) == 0);
    CHECK(in.error() == cut.string() + ": unexpected end of file");
}

TEST_CASE("a file that is not gzip reads as it is; a missing one does not open", "[gzip]") {
    const ScratchFolder folder;
    mss::GzipInputStream plain(folder.write("plain.txt", "Not compressed at all.\n").string());
    CHECK(read_all(plain) == "Not compressed at all.\n");
    CHECK(plain.error().empty());
    mss::GzipInputStream missing((folder.path() / "missing.gz").string());
    CHECK_FALSE(missing.is_open());
    CHECK(missing.fail());
}
