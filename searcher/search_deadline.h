// SearchRequest::time_limit_seconds inside the library: a deadline that the search checks between
// its steps, and a match spy that checks it while Xapian's matcher goes through the matches (the
// matcher offers no other way to be stopped; a spy, unlike a match decider, changes no count or
// estimate). Past the deadline both throw mss::TimeLimitError, which leaves the matcher through
// Xapian's own exception-safe code.
//
// Thread-safety: one search on one thread.
#pragma once

#include <chrono>
#include <optional>

#include <xapian.h>

namespace mss {

class SearchDeadline {
  public:
    // `seconds` 0 (or less): no deadline.
    explicit SearchDeadline(double seconds);

    // Throws mss::TimeLimitError when the deadline has passed.
    void check() const;

    // Adds to `enquire` a spy that checks the deadline every 256 matches; nothing without a
    // deadline or on an index with remote shards (their spies must be serialisable and run on
    // the server, where ShardOptions::timeout_ms bounds them). The deadline must outlive the
    // enquire's get_mset() calls.
    void watch(Xapian::Enquire& enquire, bool remote) const;

  private:
    class Spy : public Xapian::MatchSpy {
      public:
        explicit Spy(const SearchDeadline& deadline) : deadline_(deadline) {}
        void operator()(const Xapian::Document&, double) override;

      private:
        const SearchDeadline& deadline_;
        unsigned calls_ = 0;
    };

    double seconds_;
    std::optional<std::chrono::steady_clock::time_point> end_;
    mutable Spy spy_{*this};
};

}  // namespace mss
