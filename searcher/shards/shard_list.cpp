#include "shards/shard_list.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <mss/error.h>

namespace mss {
namespace fs = std::filesystem;
namespace {

// The backend words of Xapian 1.4's stub format that name a local database.
bool is_local_backend(const std::string& word) {
    return word == "auto" || word == "glass" || word == "chert";
}

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
    std::ifstream in(stub);
    if (!in) {
        throw IndexMissingError(stub.string() + ": cannot read the index stub");
    }
    std::vector<ShardAddress> shards;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string where = stub.string() + ":" + std::to_string(number);
        std::istringstream words(line);
        std::string backend;
        if (!(words >> backend) || backend.front() == '#') {
            continue;
        }
        std::string rest;
        std::getline(words >> std::ws, rest);
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) {
            rest.pop_back();
        }
        if (rest.empty()) {
            throw IndexMissingError(where + ": \"" + backend + "\" names no database");
        }
        if (is_local_backend(backend)) {
            ShardAddress address;
            address.name = rest;
            address.path = (stub.parent_path() / rest).lexically_normal().string();
            shards.push_back(address);
        } else if (backend == "remote") {
            shards.push_back(remote_address(rest, where));
        } else {
            throw IndexMissingError(where + ": unknown database type \"" + backend +
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
