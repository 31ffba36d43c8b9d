#include "index_folder_update.h"

#include <mss/error.h>

#include "index_run.h"

namespace mss {

IndexRunSummary update_index_folder(const std::string& index_dir,
                                    const std::vector<std::string>& sources,
                                    const IndexRunOptions& options,
                                    const IndexRunObserver& observer, const FolderPlan& plan) {
    try {
        return IndexRun(index_dir, options, observer, plan.slice, plan.stories, plan.previous)
            .run(sources);
    } catch (const Xapian::Error& e) {
        throw IoError(index_dir + ": " + e.get_description());
    }
}

}  // namespace mss
