#include "peer_cli.h"

#include <sys/resource.h>
#include <time.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "latency_summary.h"

namespace mss_bench {
namespace {

namespace po = boost::program_options;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct LabelledQuery {
    std::string label;  // a category ("word", "phrase", ...) or a topic number for TREC runs
    std::string text;
};

// Query files hold one query per line as LABEL<TAB>TEXT; blank lines and # comments are skipped.
std::vector<LabelledQuery> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot open query file " + path);
    }
    std::vector<LabelledQuery> queries;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        const auto tab = line.find('\t');
        if (tab == std::string::npos) {
            queries.push_back({std::to_string(queries.size() + 1), line});
        } else {
            queries.push_back({line.substr(0, tab), line.substr(tab + 1)});
        }
    }
    return queries;
}

long peak_rss_kb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // kilobytes on Linux
}

std::uintmax_t size_on_disk(const std::string& path) {
    if (!fs::is_directory(path)) {
        return fs::file_size(path);
    }
    std::uintmax_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) {
            total += entry.file_size();
        }
    }
    return total;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The CPU milliseconds this thread has used: on a machine loaded by other work a query's wall
// time is mostly its wait for a core, its CPU time what the query itself cost.
double thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

nlohmann::json run_index(SearchPeer& peer, const std::string& db, const std::string& articles_path,
                         const IndexOptions& options) {
    ArticleReader articles(articles_path);
    const auto start = Clock::now();
    const IndexCounts counts = peer.index(db, articles, options);
    const double seconds = seconds_since(start);
    const auto articles_seen = counts.added + counts.skipped;
    return {{"articles", articles_seen},
            {"added", counts.added},
            {"skipped", counts.skipped},
            {"seconds", seconds},
            {"articles_per_s", seconds > 0 ? articles_seen / seconds : 0.0},
            {"peak_rss_kb", peak_rss_kb()},
            {"index_bytes", size_on_disk(db)}};
}

void write_trec_run(std::ostream& out, const LabelledQuery& query, const std::vector<Hit>& hits,
                    const std::string& tag) {
    for (std::size_t rank = 0; rank < hits.size(); ++rank) {
        out << query.label << " Q0 " << hits[rank].id << ' ' << rank + 1 << ' ' << hits[rank].score
            << ' ' << tag << '\n';
    }
}

nlohmann::json latency_report(const std::vector<double>& latencies_ms) {
    const LatencySummary summary = summarise_latencies(latencies_ms);
    return {{"queries", summary.count}, {"mean_ms", summary.mean_ms}, {"p50_ms", summary.p50_ms},
            {"p95_ms", summary.p95_ms}, {"p99_ms", summary.p99_ms},   {"max_ms", summary.max_ms}};
}

struct QueryRunOptions {
    int passes = 1;
    bool by_label = false;  // also summarise the latencies of each label (query kind) apart
    std::string run_path;
    std::string run_tag;
};

nlohmann::json run_queries(SearchPeer& peer, const std::string& db, const std::string& query_path,
                           const QueryOptions& options, const QueryRunOptions& run) {
    const auto queries = read_queries(query_path);
    const auto open_start = Clock::now();
    peer.open(db);
    const double open_seconds = seconds_since(open_start);

    nlohmann::json pass_reports = nlohmann::json::array();
    std::ofstream run_file;
    for (int pass = 1; pass <= run.passes; ++pass) {
        // The run file records the last pass, when the caches are as warm as they get.
        const bool record = pass == run.passes && !run.run_path.empty();
        if (record) {
            run_file.open(run.run_path);
        }
        std::map<std::string, std::vector<double>> latencies_by_label;
        std::vector<double> latencies_ms, cpu_ms;
        latencies_ms.reserve(queries.size());
        cpu_ms.reserve(queries.size());
        std::size_t zero_hit_queries = 0;
        std::size_t rejected_queries = 0;
        for (const auto& query : queries) {
            std::vector<Hit> hits;
            const auto start = Clock::now();
            const double cpu_start = thread_cpu_ms();
            try {
                hits = peer.search(query.text, options);
            } catch (const std::runtime_error&) {
                ++rejected_queries;
            }
            const double latency_ms = seconds_since(start) * 1000.0;
            cpu_ms.push_back(thread_cpu_ms() - cpu_start);
            latencies_ms.push_back(latency_ms);
            if (run.by_label) {
                latencies_by_label[query.label].push_back(latency_ms);
            }
            zero_hit_queries += hits.empty() ? 1 : 0;
            if (record) {
                write_trec_run(run_file, query, hits, run.run_tag);
            }
        }
        nlohmann::json pass_report = latency_report(latencies_ms);
        pass_report["pass"] = pass;
        pass_report["thread_cpu"] = latency_report(cpu_ms);
        pass_report["zero_hit_queries"] = zero_hit_queries;
        pass_report["rejected_queries"] = rejected_queries;
        for (const auto& [label, label_latencies] : latencies_by_label) {
            pass_report["by_label"][label] = latency_report(label_latencies);
        }
        pass_reports.push_back(std::move(pass_report));
    }
    return {
        {"open_seconds", open_seconds}, {"passes", pass_reports}, {"peak_rss_kb", peak_rss_kb()}};
}

MatchMode parse_mode(const std::string& mode) {
    if (mode == "all") {
        return MatchMode::kAllWords;
    }
    if (mode == "any") {
        return MatchMode::kAnyWord;
    }
    throw po::error("--mode must be 'all' or 'any', not '" + mode + "'");
}

}  // namespace

int run_peer_cli(int argc, char** argv, const std::string& peer_name, SearchPeer& peer) {
    std::string command, db, input, mode;
    IndexOptions index_options;
    QueryOptions query_options;
    QueryRunOptions run_options;
    run_options.run_tag = peer_name;

    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "commit-every", po::value(&index_options.commit_every)->default_value(0),
        "index: commit every N articles (0: one commit at the end)")(
        "limit", po::value(&query_options.limit)->default_value(10), "query: hits per query")(
        "snippets", po::bool_switch(&query_options.snippets), "query: build a snippet per hit")(
        "facets", po::bool_switch(&query_options.facets),
        "query: count facets over all matches (peers that have facets)")(
        "mode", po::value(&mode)->default_value("all"),
        "query: 'all' words must match, or 'any' word may")(
        "passes", po::value(&run_options.passes)->default_value(1),
        "query: run the whole query set N times, report each")(
        "by-label", po::bool_switch(&run_options.by_label),
        "query: also report latencies per label (query kind)")(
        "run", po::value(&run_options.run_path), "query: write the last pass as a TREC run file")(
        "run-tag", po::value(&run_options.run_tag),
        "query: tag for the run file (default: peer name)");
    po::options_description positional_options;
    positional_options.add_options()("command", po::value(&command))("db", po::value(&db))(
        "input", po::value(&input));
    po::positional_options_description positional;
    positional.add("command", 1).add("db", 1).add("input", 1);
    po::options_description all_options;
    all_options.add(options).add(positional_options);

    const std::string usage = "usage: " + peer_name +
                              " index DB ARTICLES.jsonl [options]\n"
                              "       " +
                              peer_name + " query DB QUERIES.tsv [options]\n";
    try {
        po::variables_map values;
        po::store(
            po::command_line_parser(argc, argv).options(all_options).positional(positional).run(),
            values);
        po::notify(values);
        if (values.count("help")) {
            std::cout << usage << options;
            return 0;
        }
        if (input.empty() || (command != "index" && command != "query")) {
            std::cerr << usage;
            return 1;
        }
        query_options.mode = parse_mode(mode);
        if (query_options.facets && !peer.counts_facets()) {
            throw po::error(std::string(peer_name) + " has no facets to count");
        }

        nlohmann::json report = {{"peer", peer_name}, {"command", command}};
        if (command == "index") {
            report.update(run_index(peer, db, input, index_options));
        } else {
            report.update(run_queries(peer, db, input, query_options, run_options));
        }
        std::cout << report.dump() << '\n';
        return 0;
    } catch (const po::error& error) {
        std::cerr << peer_name << ": " << error.what() << '\n' << usage;
    } catch (const std::exception& error) {
        std::cerr << peer_name << ": " << error.what() << '\n';
    }
    return 1;
}

}  // namespace mss_bench
