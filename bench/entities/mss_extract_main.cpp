// mss-extract: prints, for each article of a .jsonl or seed file, the entities and date the
// indexer would record, one JSON object per line: {"id", "person": [ids], "country": [ids],
// "organisation": [...], "place": [...], "date", "date_source"}. With --countries it prints
// instead the ICU English country names the registry starts from, and with --people the display
// names of the people in the shipped data files ({"id", "name"} per line): the name lists the
// naive baselines of score_entities.py match.
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include <mss/error.h>
#include <mss/index.h>

#include "article_analysis.h"
#include "data_dir.h"
#include "entities/entity_data.h"
#include "entities/iso_countries.h"
#include "run_main.h"

namespace {

nlohmann::json ids(const std::vector<mss::EntityRef>& refs) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& ref : refs) {
        list.push_back(ref.id);
    }
    return list;
}

int run(int argc, char** argv) {
    const std::string usage = "usage: mss-extract [--data-dir DIR] (--countries | --people | FILE)";
    std::string data_dir, path;
    bool countries = false, people = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--data-dir" && i + 1 < argc) {
            data_dir = argv[++i];
        } else if (arg == "--countries") {
            countries = true;
        } else if (arg == "--people") {
            people = true;
        } else if (path.empty() && arg.rfind("--", 0) != 0) {
            path = arg;
        } else {
            std::cerr << usage << '\n';
            return 2;
        }
    }
    if (countries) {
        const mss::EntityRegistry registry = mss::iso_countries();
        for (const auto& entity : registry.entities()) {
            std::cout << nlohmann::json{{"id", entity.id}, {"name", entity.name}}.dump() << '\n';
        }
        return 0;
    }
    if (people) {
        const mss::EntityRegistry registry =
            mss::load_entity_registry(mss::find_data_dir(data_dir) + "/entities", {});
        for (const auto& entity : registry.entities()) {
            if (entity.kind == mss::EntityKind::kPerson) {
                std::cout << nlohmann::json{{"id", entity.id}, {"name", entity.name}}.dump()
                          << '\n';
            }
        }
        return 0;
    }
    if (path.empty()) {
        std::cerr << usage << '\n';
        return 2;
    }
    const auto analyser = mss::load_article_analyser(data_dir, {});
    mss::read_articles(
        path,
        [&](mss::Article&& article) {
            const auto analysis = analyser->analyse(article);
            nlohmann::json line = {{"id", article.id},
                                   {"person", ids(analysis.entities.person)},
                                   {"country", ids(analysis.entities.country)},
                                   {"organisation", ids(analysis.entities.organisation)},
                                   {"place", ids(analysis.entities.place)},
                                   {"date", analysis.date.date.value_or("")},
                                   {"date_source", analysis.date.source}};
            std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                      << '\n';
        },
        [](const mss::SourceWarning& warning) {
            std::cerr << "mss-extract: warning: " << warning.where << ": " << warning.message
                      << '\n';
        });
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return mss::cli::run_main("mss-extract", [&] { return run(argc, argv); });
}
