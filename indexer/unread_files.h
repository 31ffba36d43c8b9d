// The files and folders of one source root that a run could not read in full (a .jsonl cut
// mid-line, a file changing while read, an empty or unreadable one): their articles are kept as
// they are in the index, while the root's other files are updated and deleted as usual.
//
// Thread-safety: one thread.
#pragma once

#include <string>
#include <vector>

namespace mss {

class UnreadFiles {
  public:
    // `place` is a file or folder, resolved as Article::path is (SourceWarning::kept).
    void add(const std::string& place);

    // Whether an article stored with `article_path` came from one of them: the file itself, a line
    // of it ("FILE:LINE") or anything under a folder.
    bool hold(const std::string& article_path) const;

    bool empty() const { return places_.empty(); }
    const std::vector<std::string>& places() const { return places_; }

  private:
    std::vector<std::string> places_;
};

}  // namespace mss
