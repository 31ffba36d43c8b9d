// Errors a reader gets when a writer commits while it reads: glass keeps only the previous
// revision, so a reader that falls two commits behind sees its blocks reused. That is reported as
// DatabaseModifiedError, or, when the reused block is met before the revision check (seen while
// opening during a burst of small commits), as DatabaseCorruptError. Both go away on reopening; a
// really corrupt index keeps failing and is reported once the retries run out.
#pragma once

#include <string_view>

#include <xapian.h>

namespace mss {

inline bool is_update_race(const Xapian::Error& error) {
    const std::string_view type = error.get_type();  // Xapian::Error is not polymorphic
    return type == "DatabaseModifiedError" || type == "DatabaseCorruptError";
}

}  // namespace mss
