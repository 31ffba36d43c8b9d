// mss-search --time-limit, the backstop: the library stops a search at its limit
// (SearchRequest::time_limit_seconds, checked between steps, on the matches and on the candidates
// of every phrase and proximity window), but a posting list it cannot watch (a phrase under a
// synonym, an AND whose parts never meet) could still run past it. This timer ends the process
// kGrace seconds after the limit, with the same line and exit status 2 (a query too costly to
// answer is a bad query). Front-end only: the library never ends the process.
#pragma once

namespace mss_search {

class TimeLimit {
  public:
    // Seconds past the limit before the process ends.
    static constexpr double kGrace = 1;

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
