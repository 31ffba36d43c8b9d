// The data files analysis depends on, loaded once per run, and the stamp that tells whether an
// existing index was built with the same analysis.
#pragma once

#include <string>

#include "analysis/stopwords.h"

namespace mss {

struct AnalysisData {
    StopwordList stopwords;
    // Hash of the index format, the stopword list and every entity data file. An index whose
    // stored stamp differs was analysed differently and must be rebuilt in full, since articles
    // that did not change would otherwise keep their old terms.
    std::string stamp;
};

// `data_dir` as for find_data_dir(). Throws mss::IoError when the data cannot be read.
AnalysisData load_analysis_data(const std::string& data_dir);

}  // namespace mss
