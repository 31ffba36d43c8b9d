// An index of the repository's seeds in a scratch folder, for tests of the searcher.
#pragma once

#include <string>

#include <mss/index.h>

#include "scratch_folder.h"

namespace mss::testing {

// Built with the repository's stopwords by IndexWriter, as a program feeding the index would;
// removed when the object goes.
class SeedIndex {
  public:
    SeedIndex() {
        IndexWriter writer(path(), {MSS_SOURCE_DIR, {}});
        read_articles(
            MSS_SOURCE_DIR "/seeds", [&](Article&& article) { writer.add(article); },
            [](const SourceWarning&) {});
        writer.commit();
    }
    std::string path() const { return (scratch_.path() / "index").string(); }

  private:
    ScratchFolder scratch_;
};

}  // namespace mss::testing
