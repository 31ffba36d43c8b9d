// Entity data files are edited by users: any bytes either parse or raise mss::InputError, and a
// parsed registry survives a serialise/parse round trip.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <mss/error.h>

#include "entities/entity_registry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto registry = mss::EntityRegistry::parse(text, "fuzz.tsv");
        const auto reparsed = mss::EntityRegistry::parse(registry.serialise(), "round-trip");
        if (reparsed.serialise() != registry.serialise()) {
            std::abort();
        }
        for (const auto& entity : registry.entities()) {
            if (registry.resolve(entity.kind, entity.name) == nullptr) {
                std::abort();  // an entity must be found under its own name
            }
        }
    } catch (const mss::InputError&) {
    }
    return 0;
}
