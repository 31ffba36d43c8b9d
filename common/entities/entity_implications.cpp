#include "entities/entity_implications.h"

#include <mss/error.h>

#include "data_file.h"

namespace mss {

void EntityImplications::add(std::string_view text, const std::string& source, EntityKind from,
                             EntityKind to) {
    for (const DataLine& line : data_lines(text)) {
        const std::size_t tab = line.text.find('\t');
        if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.text.size() ||
            line.text.find('\t', tab + 1) != std::string_view::npos) {
            throw InputError(source + ":" + std::to_string(line.number) +
                             ": expected id<TAB>implied id");
        }
        implied_[{from, std::string(line.text.substr(0, tab))}] =
            EntityKey{to, std::string(line.text.substr(tab + 1))};
    }
}

const EntityKey* EntityImplications::implied_by(EntityKind kind, const std::string& id) const {
    const auto found = implied_.find({kind, id});
    return found == implied_.end() ? nullptr : &found->second;
}

}  // namespace mss
