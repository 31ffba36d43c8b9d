#include "render/pager.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

#include <mss/error.h>

namespace mss {
namespace {

struct PipeCloser {
    void operator()(std::FILE* pipe) const { pclose(pipe); }
};

}  // namespace

void write_paged(const std::string& text) {
    if (!isatty(STDOUT_FILENO)) {
        std::cout << text << std::flush;
        return;
    }
    const char* pager = std::getenv("PAGER");
    const std::string command = pager != nullptr && *pager != '\0' ? pager : "less -R";
    std::cout.flush();
    // Quitting the pager early closes the pipe; that ends the output, not the program.
    std::signal(SIGPIPE, SIG_IGN);
    const std::unique_ptr<std::FILE, PipeCloser> pipe(popen(command.c_str(), "w"));
    if (!pipe) {
        throw IoError("cannot start the pager '" + command + "'");
    }
    std::fwrite(text.data(), 1, text.size(), pipe.get());
}

}  // namespace mss
