#include "time_limit.h"

#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace mss_search {
namespace {

// Written before the timer is armed: the handler may only call async-signal-safe functions.
char g_message[128];
int g_message_length = 0;

extern "C" void on_time_limit(int) {
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, g_message, g_message_length);
    ::_exit(2);  // mss::cli::ExitStatus::kUsage
}

void arm(double seconds) {
    itimerval timer{};
    const auto whole = static_cast<long>(seconds);
    timer.it_value.tv_sec = whole;
    timer.it_value.tv_usec = static_cast<long>((seconds - static_cast<double>(whole)) * 1e6);
    ::setitimer(ITIMER_REAL, &timer, nullptr);
}

}  // namespace

TimeLimit::TimeLimit(double seconds) : seconds_(seconds) {
    if (seconds_ <= 0) {
        return;
    }
    g_message_length =
        std::snprintf(g_message, sizeof g_message,
                      "mss-search: the search ran past --time-limit %g s; stopped\n", seconds_);
    struct sigaction action {};
    action.sa_handler = on_time_limit;
    sigemptyset(&action.sa_mask);
    sigaction(SIGALRM, &action, nullptr);
}

TimeLimit::~TimeLimit() {
    stop();
}

void TimeLimit::start() const {
    if (seconds_ > 0) {
        arm(seconds_ + kGrace);
    }
}

void TimeLimit::stop() const {
    if (seconds_ > 0) {
        arm(0);
    }
}

}  // namespace mss_search
