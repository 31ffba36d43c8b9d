#include "shards/shard_list.h"

#include <filesystem>

#include <mss/error.h>

#include "index_stub.h"

namespace mss {
namespace fs = std::filesystem;
namespace {

ShardAddress remote_address(const std::string& rest, const std::string& where) {
    ShardAddress address;
    address.name = rest;
    const std::size_t space = rest.find(' ');
    const std::size_t colon = rest.rfind(':');
    if (space == std::string::npos && colon != std::string::npos) {
        address.kind = ShardAddress::Kind::kRemoteTcp;
        address.host = colon == 0 ? "localhost" : rest.substr(0, colon);
        const std::string port = rest.substr(colon + 1);
        if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos ||
            port.size() > 5 || std::stoul(port) == 0 || std::stoul(port) > 65535) {
            throw IndexMissingError(where + ": bad port in \"remote " + rest + "\"");
        }
        address.port = static_cast<unsigned>(std::stoul(port));
        return address;
    }
    address.kind = ShardAddress::Kind::kRemoteProgram;
    address.program = rest.substr(0, space);
    address.args = space == std::string::npos ? "" : rest.substr(space + 1);
    return address;
}

std::vector<ShardAddress> read_stub(const fs::path& stub) {
    const auto entries = read_index_stub(stub);
    if (!entries) {
        throw IndexMissingError(stub.string() + ": cannot read the index stub");
    }
    std::vector<ShardAddress> shards;
    for (const StubEntry& entry : *entries) {
        if (is_local_backend(entry.backend)) {
            ShardAddress address;
            address.name = entry.name;
            address.path = (stub.parent_path() / entry.name).lexically_normal().string();
            shards.push_back(address);
        } else if (entry.backend == "remote") {
            shards.push_back(remote_address(entry.name, entry.where));
        } else {
            throw IndexMissingError(entry.where + ": unknown database type \"" + entry.backend +
                                    "\" (expected auto, glass or remote)");
        }
    }
    if (shards.empty()) {
        throw IndexMissingError(stub.string() + ": the index stub lists no database");
    }
    return shards;
}

}  // namespace

std::string stub_file(const std::string& index) {
    std::error_code error;
    return fs::is_regular_file(index, error) ? index : (fs::path(index) / "XAPIANDB").string();
}

std::vector<ShardAddress> read_shard_list(const std::string& index) {
    const fs::path path(index);
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
        return read_stub(path);
    }
    const fs::path stub = stub_file(index);
    if (!fs::is_regular_file(stub, error)) {
        throw IndexMissingError::nothing_at(index);
    }
    std::vector<ShardAddress> shards = read_stub(stub);
    // An unsharded index is one shard: the folder itself, named as the user gave it.
    if (shards.size() == 1 && shards.front().kind == ShardAddress::Kind::kLocal) {
        shards.front().name = index;
        shards.front().path = index;
    }
    return shards;
}

}  // namespace mss
