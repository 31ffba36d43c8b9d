// Version of the library and of the index format it reads and writes.
//
// The MSS_VERSION_* macros are the one place the version is written: CMakeLists.txt reads them
// for project(VERSION), the package version file and --version. They describe the headers a
// program was compiled against; mss::version() tells the library it was linked with (the same,
// since libmss is a static library, but a program may print both).
//
// Thread-safety: constants, and version() may be called from any thread.
#pragma once

#define MSS_VERSION_MAJOR 0
#define MSS_VERSION_MINOR 2
#define MSS_VERSION_PATCH 0

// True when the headers are at least version major.minor.patch, for code that uses a call
// added in that version:
//   #if MSS_CHECK_VERSION(0, 2, 0)
#define MSS_CHECK_VERSION(major, minor, patch)                        \
    (MSS_VERSION_MAJOR > (major) ||                                   \
     (MSS_VERSION_MAJOR == (major) && MSS_VERSION_MINOR > (minor)) || \
     (MSS_VERSION_MAJOR == (major) && MSS_VERSION_MINOR == (minor) && \
      MSS_VERSION_PATCH >= (patch)))

namespace mss {

#define MSS_VERSION_STRING_(a, b, c) #a "." #b "." #c
#define MSS_VERSION_STRING_OF_(a, b, c) MSS_VERSION_STRING_(a, b, c)
// Version of the tools and the library, as reported by --version: "MAJOR.MINOR.PATCH".
inline constexpr const char* kVersion =
    MSS_VERSION_STRING_OF_(MSS_VERSION_MAJOR, MSS_VERSION_MINOR, MSS_VERSION_PATCH);
#undef MSS_VERSION_STRING_OF_
#undef MSS_VERSION_STRING_

// The version of the library linked into the running program ("MAJOR.MINOR.PATCH").
const char* version() noexcept;

// Bumped whenever analysis or the index schema changes in a way that makes an existing index
// disagree with what a fresh build would write. Stored in every index's metadata.
// 6: zero-width spaces no longer split words; 7: named-entity terms and entity wdf; 8: story
// ids; 9: sources and citation fields; 10: stored story fingerprints; 11: a language per
// article, French and Haitian Creole analysis; 12: document data compressed with a trained
// dictionary; 13: every facet, the language too, in one value slot; 14: story fingerprints'
// minima Rice-coded, no month and year terms beside the day term.
inline constexpr int kIndexFormat = 14;

}  // namespace mss
