// xapian-tcpsrv servers on 127.0.0.1, one for each shard folder of a sharded index, and the stub
// file that lists them: a sharded index searched remotely, as scripts/shards/serve sets one up, for
// tests that run the same cases on every backend. The servers stop when the object goes.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

extern char** environ;

namespace mss::testing {

class ShardServers {
  public:
    // The path of xapian-tcpsrv on PATH, or "" when it is not installed.
    static std::string server_program() {
        const char* path = std::getenv("PATH");
        std::string folders = path ? path : "";
        for (std::size_t start = 0; start <= folders.size();) {
            const std::size_t end = std::min(folders.find(':', start), folders.size());
            const auto program =
                std::filesystem::path(folders.substr(start, end - start)) / "xapian-tcpsrv";
            if (::access(program.c_str(), X_OK) == 0) {
                return program.string();
            }
            start = end + 1;
        }
        return {};
    }

    // Serves each of `shard_folders` and writes `stub` listing the servers in the same order.
    // Throws std::runtime_error when a server does not listen within ten seconds.
    ShardServers(const std::vector<std::filesystem::path>& shard_folders,
                 const std::filesystem::path& stub) {
        const std::string program = server_program();
        std::ofstream out(stub);
        try {
            for (const auto& folder : shard_folders) {
                out << "remote 127.0.0.1:" << start(program, folder) << "\n";
            }
        } catch (...) {
            stop();  // no destructor runs for an object whose constructor throws
            throw;
        }
    }
    ~ShardServers() { stop(); }
    ShardServers(const ShardServers&) = delete;
    ShardServers& operator=(const ShardServers&) = delete;

  private:
    void stop() {
        for (const pid_t pid : pids_) {
            ::kill(pid, SIGTERM);
            ::waitpid(pid, nullptr, 0);
        }
        pids_.clear();
    }

    // A port nothing listens on now: the kernel's pick for a socket bound to port 0.
    static int free_port() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        ::bind(fd, reinterpret_cast<sockaddr*>(&address), size);
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
        ::close(fd);
        return ntohs(address.sin_port);
    }

    static bool listening(int port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        const bool connected =
            ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        return connected;
    }

    static bool serves(int port, const std::filesystem::path& folder) {
        try {
            return Xapian::Remote::open("127.0.0.1", static_cast<unsigned>(port)).get_uuid() ==
                   Xapian::Database(folder.string()).get_uuid();
        } catch (const Xapian::Error&) {
            return false;
        }
    }

    // Starts a server for `folder` on a free port and waits until it serves it; a server that lost
    // its port to another program in between exits (or the port serves another database), and is
    // started again on another.
    int start(const std::string& program, const std::filesystem::path& folder) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const std::string port = std::to_string(free_port());
            std::vector<std::string> args = {program,  "--quiet", "--interface",  "127.0.0.1",
                                             "--port", port,      folder.string()};
            std::vector<char*> argv;
            for (auto& arg : args) {
                argv.push_back(arg.data());
            }
            argv.push_back(nullptr);
            // Its messages (a client that went away) are no part of the test's output.
            posix_spawn_file_actions_t files;
            posix_spawn_file_actions_init(&files);
            posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
            posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
            // A session of its own: on SIGTERM xapian-tcpsrv signals its whole process group,
            // which would otherwise hold the test binary.
            posix_spawnattr_t attributes;
            posix_spawnattr_init(&attributes);
            posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
            pid_t pid = 0;
            const int failed =
                ::posix_spawn(&pid, program.c_str(), &files, &attributes, argv.data(), environ);
            posix_spawnattr_destroy(&attributes);
            posix_spawn_file_actions_destroy(&files);
            if (failed != 0) {
                throw std::runtime_error("cannot start " + program);
            }
            pids_.push_back(pid);
            for (int wait = 0; wait < 200; ++wait) {
                if (::waitpid(pid, nullptr, WNOHANG) == pid) {
                    pids_.pop_back();
                    break;
                }
                if (listening(std::stoi(port))) {
                    // Ours, not another program that took the port in between: the same database.
                    if (serves(std::stoi(port), folder)) {
                        return std::stoi(port);
                    }
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        throw std::runtime_error("no xapian-tcpsrv listening for " + folder.string());
    }

    std::vector<pid_t> pids_;
};

}  // namespace mss::testing
