// SearchRequest::time_limit_seconds inside the library: a deadline that the search checks between
// its steps, a match spy that checks it while Xapian's matcher goes through the matches, and a
// posting source that checks it while a phrase or proximity window goes through its candidates
// (the matcher offers no other way to be stopped: a phrase no article has reads the positions of
// every article holding its words and yields no match a spy would see). Neither changes a count,
// an estimate or a weight. Past the deadline each throws mss::TimeLimitError, which leaves the
// matcher through Xapian's own exception-safe code.
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

    // A query matching every article, with no weight, that checks the deadline every 256
    // candidates it is asked about: AND-ed with a phrase or a proximity window (the query
    // builder's QueryContext::positional_guard), it is asked about every article that holds
    // their words, before their positions are read. An empty query without a deadline or on an
    // index with remote shards (as watch()). The deadline must outlive the query's use.
    Xapian::Query positional_guard(bool remote) const;

    // Whether `leaf` is a guard positional_guard() made (of any deadline).
    static bool is_positional_guard(const Xapian::Query& leaf);

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
