// Notices when an index a searcher holds open has been replaced. A full rebuild publishes a new
// generation by renaming a new stub over the old one (docs/SCHEMA.md, "Generations"), and a
// Xapian reader that opened the old stub keeps reading the old generation, reopen() or not. A
// long-lived searcher checks the stubs before each search, one stat() each, and opens the index
// afresh when one was replaced.
#pragma once

#include <string>
#include <vector>

namespace mss {

class StubWatch {
  public:
    // Records what `stub` is now. Record a stub before reading it: one replaced in between is
    // then seen as changed, which costs one needless reopen, never a missed one.
    void record(const std::string& stub);

    // True when a recorded stub is no longer the file recorded (renamed over, rewritten, gone).
    bool changed() const;

  private:
    struct Identity {
        bool exists = false;
        unsigned long long device = 0;
        unsigned long long inode = 0;
        long long modified_ns = 0;
        bool operator==(const Identity& other) const;
    };
    static Identity identity_of(const std::string& file);

    std::vector<std::string> files_;
    std::vector<Identity> recorded_;
};

}  // namespace mss
