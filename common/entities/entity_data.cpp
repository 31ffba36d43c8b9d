#include "entities/entity_data.h"

#include "data_file.h"
#include "entities/iso_countries.h"

namespace mss {

EntityRegistry load_entity_registry(const std::string& entities_dir,
                                    const std::vector<std::string>& extra_files) {
    EntityRegistry registry = iso_countries();
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
