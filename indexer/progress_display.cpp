#include "progress_display.h"

#include <algorithm>
#include <string>

namespace mss {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kTerminalInterval = std::chrono::milliseconds(200);
constexpr auto kLogInterval = std::chrono::seconds(10);
constexpr int kBarWidth = 24;

std::string duration_text(double seconds) {
    const long total = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    return text;
}

}  // namespace

ProgressDisplay::ProgressDisplay(std::FILE* out, bool terminal)
    : out_(out), terminal_(terminal), start_(Clock::now()), last_shown_(start_) {}

void ProgressDisplay::update(const IndexProgress& progress) {
    const auto now = Clock::now();
    if (now - last_shown_ <
        (terminal_ ? Clock::duration(kTerminalInterval) : Clock::duration(kLogInterval))) {
        return;
    }
    last_shown_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(progress.bytes) / 1e6;
    const double fraction = progress.bytes_total == 0
                                ? 0.0
                                : std::min(1.0, static_cast<double>(progress.bytes) /
                                                    static_cast<double>(progress.bytes_total));
    const double rate = seconds > 0 ? static_cast<double>(progress.articles) / seconds : 0.0;
    const std::string eta =
        fraction > 0.01 ? duration_text(seconds / fraction - seconds) : std::string("?");
    if (terminal_) {
        const int filled = static_cast<int>(fraction * kBarWidth);
        std::fprintf(out_, "\r[%s%s] %3.0f%% %zu articles, %.1f MB, %.0f articles/s, ETA %s\033[K",
                     std::string(static_cast<std::size_t>(filled), '#').c_str(),
                     std::string(static_cast<std::size_t>(kBarWidth - filled), ' ').c_str(),
                     fraction * 100, progress.articles, mb, rate, eta.c_str());
        bar_shown_ = true;
    } else {
        std::fprintf(out_, "mss-index: %zu articles, %.1f MB (%.0f%%), %.0f articles/s, ETA %s\n",
                     progress.articles, mb, fraction * 100, rate, eta.c_str());
    }
    std::fflush(out_);
}

void ProgressDisplay::finish() {
    if (bar_shown_) {
        std::fputs("\r\033[K", out_);
        std::fflush(out_);
        bar_shown_ = false;
    }
}

}  // namespace mss
