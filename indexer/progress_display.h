// How mss-index shows a run while it works: a progress bar redrawn in place on a terminal, plain
// log lines every few seconds otherwise (cron mail, journald), nothing with --quiet.
#pragma once

#include <chrono>
#include <cstdio>

#include <mss/index.h>

namespace mss {

class ProgressDisplay {
  public:
    // Writes to `out` (stderr); `terminal` selects the bar.
    ProgressDisplay(std::FILE* out, bool terminal);

    void update(const IndexProgress& progress);

    // Clears the bar so the next line starts clean.
    void finish();

  private:
    std::FILE* out_;
    bool terminal_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_shown_;
    bool bar_shown_ = false;
};

}  // namespace mss
