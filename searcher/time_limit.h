// mss-search --time-limit: a wall-clock limit on each search. When a search runs past it, the
// process ends at once with one line naming the limit and exit status 2 (a query too costly to
// answer is a bad query). A timer signal rather than a check inside the search: Xapian's matcher
// offers no way to abandon a match, and a query stuck in one posting list would never reach a
// check. Front-end only: the library never ends the process.
#pragma once

namespace mss_search {

class TimeLimit {
  public:
    // `seconds` 0 means no limit.
    explicit TimeLimit(double seconds);
    ~TimeLimit();
    TimeLimit(const TimeLimit&) = delete;
    TimeLimit& operator=(const TimeLimit&) = delete;

    // Starts the clock for one search; the next start() or the destructor stops it.
    void start() const;
    void stop() const;

  private:
    double seconds_;
};

}  // namespace mss_search
