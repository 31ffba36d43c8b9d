#include "unread_files.h"

#include <algorithm>

namespace mss {

void UnreadFiles::add(const std::string& place) {
    if (std::find(places_.begin(), places_.end(), place) == places_.end()) {
        places_.push_back(place);
    }
}

bool UnreadFiles::hold(const std::string& article_path) const {
    return std::any_of(places_.begin(), places_.end(), [&](const std::string& place) {
        if (article_path.compare(0, place.size(), place) != 0) {
            return false;
        }
        // "wire.jsonl" holds "wire.jsonl" and "wire.jsonl:12", not "wire.jsonl.old".
        return article_path.size() == place.size() || article_path[place.size()] == ':' ||
               article_path[place.size()] == '/' || (!place.empty() && place.back() == '/');
    });
}

}  // namespace mss
