#include "entities/entity_data.h"

#include <unordered_set>

#include "data_file.h"
#include "entities/iso_countries.h"

namespace mss {

EntityRegistry load_entity_registry(const std::string& entities_dir,
                                    const std::vector<std::string>& extra_files) {
    EntityRegistry registry = iso_countries();
    std::unordered_set<std::string> left_out;
    const std::string left_out_path = entities_dir + "/" + kFrenchCountryNamesLeftOut;
    const std::string left_out_text = read_data_file(left_out_path);
    for (const DataLine& line : data_lines(left_out_text)) {
        left_out.insert(alias_key(line.text));
    }
    registry.merge(iso_countries_in_french(left_out));
    for (const char* name : kEntityDataFiles) {
        const std::string path = entities_dir + "/" + name;
        registry.merge(EntityRegistry::parse(read_data_file(path), path));
    }
    for (const auto& path : extra_files) {
        registry.merge(EntityRegistry::load(path));
    }
    return registry;
}

}  // namespace mss
