#include "search_deadline.h"

#include <sstream>

#include <mss/error.h>

namespace mss {

SearchDeadline::SearchDeadline(double seconds) : seconds_(seconds) {
    if (seconds > 0) {
        end_ = std::chrono::steady_clock::now() +
               std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                   std::chrono::duration<double>(seconds));
    }
}

void SearchDeadline::check() const {
    if (end_ && std::chrono::steady_clock::now() >= *end_) {
        std::ostringstream message;
        message << "the search ran past its time limit of " << seconds_ << " s; stopped";
        throw TimeLimitError(message.str(), seconds_);
    }
}

void SearchDeadline::watch(Xapian::Enquire& enquire, bool remote) const {
    if (end_ && !remote) {
        enquire.add_matchspy(&spy_);
    }
}

void SearchDeadline::Spy::operator()(const Xapian::Document&, double) {
    // A clock read costs about as much as weighing a match: one in 256 is nothing.
    if (++calls_ % 256 == 0) {
        deadline_.check();
    }
}

}  // namespace mss
