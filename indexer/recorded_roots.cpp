#include "recorded_roots.h"

#include <nlohmann/json.hpp>

#include "schema.h"

namespace mss {

std::map<std::string, std::string> recorded_roots(const Xapian::Database& database) {
    std::map<std::string, std::string> roots;
    const auto json =
        nlohmann::json::parse(database.get_metadata(schema::kSourcesKey), nullptr, false);
    if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.value().is_string()) {
                roots.emplace(it.key(), it.value().get<std::string>());
            }
        }
    }
    return roots;
}

std::string serialise_roots(const std::map<std::string, std::string>& roots) {
    return nlohmann::json(roots).dump();
}

}  // namespace mss
