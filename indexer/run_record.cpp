#include "run_record.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

#include <mss/error.h>

namespace mss {
namespace fs = std::filesystem;
namespace {

constexpr const char* kRecordName = "last-run.json";

std::string utc_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

}  // namespace

nlohmann::ordered_json run_summary_json(const IndexRunSummary& summary) {
    return {{"added", summary.added},
            {"updated", summary.updated},
            {"unchanged", summary.unchanged},
            {"deleted", summary.deleted},
            {"kept", summary.kept},
            {"skipped", summary.skipped},
            {"repaired", summary.repaired},
            {"rebuilt", summary.rebuilt},
            {"rebuild_reason", summary.rebuild_reason},
            {"interrupted", summary.interrupted},
            {"wrote", summary.wrote},
            {"seconds", summary.seconds},
            {"articles", summary.article_count},
            {"index_bytes", summary.index_bytes},
            {"peak_rss_kib", summary.peak_rss_kib}};
}

void write_run_record(const fs::path& index_dir, const IndexRunSummary& summary, bool rebuild) {
    nlohmann::ordered_json record = {{"finished", utc_now()},
                                     {"mode", rebuild ? "rebuild" : "incremental"}};
    record.update(run_summary_json(summary));
    const fs::path temporary = index_dir / (std::string(kRecordName) + ".new");
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << record.dump() << '\n';
        out.flush();
        if (!out) {
            throw IoError(temporary.string() + ": cannot write run record");
        }
    }
    if (const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    std::error_code error;
    fs::rename(temporary, index_dir / kRecordName, error);
    if (error) {
        throw IoError((index_dir / kRecordName).string() +
                      ": cannot write run record: " + error.message());
    }
}

std::string read_run_record(const fs::path& index_dir) {
    std::ifstream in(index_dir / kRecordName);
    std::string line;
    std::getline(in, line);
    return line;
}

}  // namespace mss
