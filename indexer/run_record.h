// The record of the last run, kept beside the index as INDEX/last-run.json rather than in the
// Xapian database, so that a run that changes nothing writes nothing to the database.
//
// Thread-safety: one writer of a record at a time (the index's writer lock); reading is safe
// from any thread, as the record is replaced by one rename.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include <mss/index.h>

namespace mss {

// The counts of one run: {"added", "updated", "unchanged", "deleted", "skipped", "repaired",
// "rebuilt", "rebuild_reason", "interrupted", "wrote", "seconds", "articles", "index_bytes",
// "peak_rss_kib"}. The run record holds them, and Python's update_index() returns them.
nlohmann::ordered_json run_summary_json(const IndexRunSummary& summary);

// Writes the summary atomically (temporary file, fsync, rename).
void write_run_record(const std::filesystem::path& index_dir, const IndexRunSummary& summary,
                      bool rebuild);

// The record as written, or "" when there is none.
std::string read_run_record(const std::filesystem::path& index_dir);

}  // namespace mss
