// What analysis depends on (stopwords, entity data, the index format), loaded once per run, and
// the stamp that tells whether an existing index was built with the same analysis.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "article_analysis.h"

namespace mss {

struct AnalysisData {
    std::string data_dir;                   // as given: empty means the installed data
    std::vector<std::string> entity_files;  // mss-index --entities
    // One analyser, for the metadata it provides; each analysis thread loads its own.
    std::unique_ptr<ArticleAnalyser> analyser;
    // Hash of the index format, the three stopword lists (English, French, Haitian Creole), the
    // entity registry as merged (ICU's country names and the --entities files included) and every
    // file under DATA/entities/. An index whose stored stamp differs was analysed differently and
    // must be rebuilt in full, since articles that did not change would otherwise keep their old
    // terms.
    std::string stamp;

    std::unique_ptr<ArticleAnalyser> new_analyser() const {
        return load_article_analyser(data_dir, entity_files);
    }
};

// Throws mss::IoError / mss::InputError when the data cannot be read.
AnalysisData load_analysis_data(const std::string& data_dir,
                                const std::vector<std::string>& entity_files);

// What an index records of the analysis it was written with, as metadata keys and values: the
// index format, the three stopword lists and the entity registry (the searcher reads its queries
// with exactly these). Not the stamp: only a new index gets it.
std::map<std::string, std::string> analysis_metadata(ArticleAnalyser& analyser);

}  // namespace mss
