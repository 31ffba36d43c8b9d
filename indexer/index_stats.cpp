// read_index_stats(): what mss-index --stats shows.
#include <filesystem>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include <mss/error.h>
#include <mss/index.h>

#include "folder_bytes.h"
#include "index_layout.h"
#include "run_record.h"
#include "schema.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

std::size_t count_terms(const Xapian::Database& database, const std::string& prefix) {
    std::size_t count = 0;
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
        ++count;
    }
    return count;
}

// "20250122" -> "2025-01-22".
std::optional<std::string> iso_day(const std::string& value) {
    if (value.size() != 8) {
        return std::nullopt;
    }
    return value.substr(0, 4) + "-" + value.substr(4, 2) + "-" + value.substr(6, 2);
}

// The statistics of `database` (one generation, or every shard's live generation as one).
IndexStats database_stats(const Xapian::Database& database) {
    IndexStats stats;
    stats.articles = database.get_doccount();
    stats.dated = database.get_value_freq(schema::kDateSlot);
    if (stats.dated > 0) {
        stats.first_date = iso_day(database.get_value_lower_bound(schema::kDateSlot));
        stats.last_date = iso_day(database.get_value_upper_bound(schema::kDateSlot));
    }
    stats.persons = count_terms(database, schema::kPersonPrefix);
    stats.countries = count_terms(database, schema::kCountryPrefix);
    stats.organisations = count_terms(database, schema::kOrganisationPrefix);
    stats.places = count_terms(database, schema::kPlacePrefix);
    const auto sources =
        nlohmann::json::parse(database.get_metadata(schema::kSourcesKey), nullptr, false);
    if (sources.is_object()) {
        for (const auto& [term, path] : sources.items()) {
            stats.sources.emplace_back(path.get<std::string>(), database.get_termfreq(term));
        }
    }
    const std::string format = database.get_metadata(schema::kFormatKey);
    stats.format = format.empty() ? 0 : std::stoi(format);
    return stats;
}

}  // namespace

IndexStats read_index_stats(const std::string& index_dir) {
    const IndexLayout layout(index_dir);
    try {
        // A sharded index: its shards as one database (metadata comes from the first shard, and
        // every shard is written with the same), generations and sizes shard by shard.
        if (const auto shards = layout.shard_count()) {
            Xapian::Database all;
            std::vector<fs::path> generations;
            for (unsigned k = 1; k <= *shards; ++k) {
                const auto live = IndexLayout(layout.shard_folder(k, *shards)).live_generation();
                if (!live) {
                    throw IndexMissingError(layout.shard_folder(k, *shards).string() +
                                            ": no index here");
                }
                all.add_database(Xapian::Database(live->string()));
                generations.push_back(*live);
            }
            IndexStats stats = database_stats(all);
            stats.generation = std::to_string(*shards) + " shards:";
            for (const auto& generation : generations) {
                stats.generation += " " + generation.parent_path().filename().string() + "/" +
                                    generation.filename().string();
                stats.bytes += folder_bytes(generation);
            }
            stats.last_run_json = read_run_record(layout.shard_folder(1, *shards).string());
            return stats;
        }
        const auto live = layout.live_generation();
        if (!live) {
            throw IndexMissingError::nothing_at(index_dir);
        }
        IndexStats stats = database_stats(Xapian::Database(live->string()));
        stats.generation = live->filename().string();
        stats.bytes = folder_bytes(*live);
        stats.last_run_json = read_run_record(index_dir);
        return stats;
    } catch (const Xapian::Error& e) {
        throw IndexMissingError(index_dir + ": cannot read the index: " + e.get_description());
    }
}

}  // namespace mss
