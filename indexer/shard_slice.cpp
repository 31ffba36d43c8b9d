#include "shard_slice.h"

#include "stable_hash.h"

namespace mss {

unsigned article_shard(std::string_view id, unsigned count) {
    return static_cast<unsigned>(stable_hash(id) % count);
}

}  // namespace mss
