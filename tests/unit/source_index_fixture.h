// An index folder and a folder of article sources in one scratch folder, for the tests of the
// writing side: write sources, run update_index over them as mss-index does, and read back what
// the index holds.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>
#include <catch2/catch.hpp>

#include <mss/index.h>

#include "schema.h"
#include "scratch_folder.h"
#include "stored_text.h"

// An RSS feed holding one item per guid, each with its own words ("Item g1", "Patrols resumed in
// Delmas g1.").
inline std::string feed_of(const std::vector<std::string>& guids) {
    std::string feed =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n";
    for (const auto& guid : guids) {
        feed += "<item><title>Item " + guid + "</title><guid>" + guid +
                "</guid><description>Patrols resumed in Delmas " + guid +
                ".</description></item>\n";
    }
    return feed + "</channel></rss>\n";
}

struct SourceIndexFixture {
    ScratchFolder scratch;
    std::filesystem::path index = scratch.path() / "index";
    std::filesystem::path sources = scratch.path() / "articles";
    mss::IndexRunOptions options;  // with the data of the source tree
    std::vector<mss::SourceWarning> warnings;
    std::vector<std::string> notices;

    SourceIndexFixture() { options.data_dir = MSS_SOURCE_DIR; }

    // Writes the source `name` (a path under sources).
    void write(const std::string& name, const std::string& text) const {
        scratch.write("articles/" + name, text);
    }

    // Writes each {name, text} of `sources`, in order: the articles a test starts from.
    void write(std::initializer_list<std::pair<std::string, std::string>> sources) const {
        for (const auto& [name, text] : sources) {
            write(name, text);
        }
    }

    // update_index over `roots` (sources when none), collecting warnings and notices.
    mss::IndexRunSummary run(const std::vector<std::filesystem::path>& roots = {}) {
        mss::IndexRunObserver observer;
        observer.on_warning = [&](const mss::SourceWarning& w) { warnings.push_back(w); };
        observer.on_notice = [&](const std::string& n) { notices.push_back(n); };
        std::vector<std::string> paths;
        for (const auto& root :
             roots.empty() ? std::vector<std::filesystem::path>{sources} : roots) {
            paths.push_back(root.string());
        }
        return mss::update_index(index.string(), paths, options, observer);
    }

    std::size_t article_count() const { return Xapian::Database(index.string()).get_doccount(); }

    // Whether the index holds the article with this id (read from its id term, not the library).
    bool has(const std::string& id) const {
        const Xapian::Database database(index.string());
        return database.postlist_begin("Q" + id) != database.postlist_end("Q" + id);
    }

    // The title stored with the article `id`, read from its document data (restored with the
    // index's text dictionary).
    std::string title_of(const std::string& id) const {
        const Xapian::Database database(index.string());
        const auto it = database.postlist_begin("Q" + id);
        REQUIRE(it != database.postlist_end("Q" + id));
        const std::string data =
            mss::StoredTextReader::of(database).restore(database.get_document(*it).get_data());
        const auto at = data.find("\"title\":\"") + 9;
        return data.substr(at, data.find('"', at) - at);
    }
};
