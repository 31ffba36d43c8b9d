// The source roots an index was built from, as its metadata records them (schema::kSourcesKey):
// read by the run that updates the index and by the story plan that reads them all.
#pragma once

#include <map>
#include <string>

#include <xapian.h>

namespace mss {

// Root term -> absolute root path; empty when the index records none (or unreadable JSON).
std::map<std::string, std::string> recorded_roots(const Xapian::Database& database);

// The metadata value that records `roots` (schema::kSourcesKey).
std::string serialise_roots(const std::map<std::string, std::string>& roots);

}  // namespace mss
