#include "serve/stats_json.h"

#include <nlohmann/json.hpp>

#include <mss/json.h>

namespace mss::serve {

std::string stats_to_json(const IndexStats& stats) {
    using nlohmann::ordered_json;
    const auto optional_date = [](const std::optional<std::string>& date) {
        return date ? ordered_json(*date) : ordered_json(nullptr);
    };
    ordered_json sources = ordered_json::array();
    for (const auto& [root, articles] : stats.sources) {
        sources.push_back({{"root", root}, {"articles", articles}});
    }
    const ordered_json last_run = stats.last_run_json.empty()
                                      ? ordered_json(nullptr)
                                      : ordered_json::parse(stats.last_run_json, nullptr, false);
    const ordered_json json = {
        {"schema", kJsonSchemaVersion},
        {"generation", stats.generation},
        {"articles", stats.articles},
        {"dated", stats.dated},
        {"first_date", optional_date(stats.first_date)},
        {"last_date", optional_date(stats.last_date)},
        {"entities",
         {{"person", stats.persons},
          {"country", stats.countries},
          {"organisation", stats.organisations},
          {"place", stats.places}}},
        {"bytes", stats.bytes},
        {"sources", sources},
        {"format", stats.format},
        // A run record that is not JSON (a damaged file) is shown as unknown, not as an error.
        {"last_run", last_run.is_discarded() ? ordered_json(nullptr) : last_run},
    };
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mss::serve
