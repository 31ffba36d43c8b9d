// The record of the last run, kept beside the index as INDEX/last-run.json rather than in the
// Xapian database, so that a run that changes nothing writes nothing to the database.
#pragma once

#include <filesystem>
#include <string>

#include <mss/index.h>

namespace mss {

// Writes the summary atomically (temporary file, fsync, rename).
void write_run_record(const std::filesystem::path& index_dir, const IndexRunSummary& summary,
                      bool rebuild);

// The record as written, or "" when there is none.
std::string read_run_record(const std::filesystem::path& index_dir);

}  // namespace mss
