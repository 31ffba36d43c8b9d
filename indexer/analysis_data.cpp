#include "analysis_data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <mss/error.h>
#include <mss/version.h>

#include "data_dir.h"
#include "schema.h"
#include "stable_hash.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

// Every file under a data folder (entities/), in a fixed order, so adding an alias or a month name
// changes the stamp.
std::uint64_t hash_data_files(const fs::path& dir, std::uint64_t hash) {
    std::error_code error;
    if (!fs::is_directory(dir, error)) {
        return hash;
    }
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
         it.increment(error)) {
        if (it->is_regular_file(error)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            throw IoError(file.string() + ": cannot read analysis data");
        }
        std::ostringstream text;
        text << in.rdbuf();
        hash = stable_hash(file.lexically_relative(dir).generic_string(), hash);
        hash = stable_hash(text.str(), hash);
    }
    return hash;
}

}  // namespace

AnalysisData load_analysis_data(const std::string& data_dir,
                                const std::vector<std::string>& entity_files) {
    AnalysisData data{data_dir, entity_files, load_article_analyser(data_dir, entity_files), ""};
    std::uint64_t hash = stable_hash("format " + std::to_string(kIndexFormat) + "\n");
    hash = stable_hash(data.analyser->analyzer().stopwords().serialise(), hash);
    // The French and Creole lists are analysis too: a changed one rebuilds the index.
    for (const Language language : {Language::kFrench, Language::kHaitianCreole}) {
        hash = stable_hash(std::string(language_code(language)) + "\n" +
                               data.analyser->analyzer().stopwords(language).serialise(),
                           hash);
    }
    hash = stable_hash(data.analyser->registry().serialise(), hash);
    const fs::path dir = find_data_dir(data_dir);
    hash = hash_data_files(dir / "entities", hash);
    data.stamp = hash_hex(hash);
    return data;
}

std::map<std::string, std::string> analysis_metadata(ArticleAnalyser& analyser) {
    const Analyzer& analyzer = analyser.analyzer();
    return {{schema::kFormatKey, std::to_string(kIndexFormat)},
            {schema::kStopwordsKey, analyzer.stopwords().serialise()},
            {schema::kFrenchStopwordsKey, analyzer.stopwords(Language::kFrench).serialise()},
            {schema::kCreoleStopwordsKey, analyzer.stopwords(Language::kHaitianCreole).serialise()},
            {schema::kEntitiesKey, analyser.registry().serialise()},
            {schema::kRoyalTitlesKey, analyser.cues().royal_titles_lines()}};
}

}  // namespace mss
