// mss-index: the command-line front end over mss::update_index(). Parses options, shows progress
// and the summary, and maps the outcome to the documented exit codes.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/terminal_text.h>
#include <mss/version.h>

#include "command_line.h"
#include "exit_status.h"
#include "index_dir.h"
#include "number_option.h"
#include "progress_display.h"
#include "run_main.h"

namespace po = boost::program_options;
using mss::cli::ExitStatus;

namespace {

constexpr const char* kUsage =
    "Usage: mss-index [OPTIONS] PATH...\n"
    "       mss-index --stats\n"
    "Bring the MSS search index up to date with PATH: a seed-format .txt file, JSON Lines\n"
    "(.jsonl, .ndjson), an HTML page (.html, .htm), an RSS or Atom feed (.rss, .atom, .xml), any\n"
    "of them gzipped (.gz), or a folder searched recursively for them; other files are warned\n"
    "about. New and changed articles are indexed, unchanged ones skipped, and articles whose file\n"
    "disappeared from PATH are removed (feed items never are). Searches keep working throughout.\n";

constexpr const char* kExitCodes =
    "\nExamples:\n"
    "  mss-index seeds/                      # incremental update\n"
    "  mss-index --rebuild --index /srv/mss/index /srv/mss/articles\n"
    "  mss-index --dry-run seeds/            # list what would change\n"
    "  mss-index --stats --index /srv/mss/index\n"
    "  mss-index --shards 4 --index /srv/mss/index /srv/mss/articles   # scripts/shards/serve\n"
    "  mss-index --entities more-people.tsv seeds/\n"
    "  mss-index --explain seeds/003_f810d5dfabb6c1ef.txt\n"
    "  mss-index --explain-format json seeds/ | jq -c '.entities[] | [.field, .begin, .end, "
    ".text]'\n"
    "\nExit status:\n"
    "  0    done, all input clean\n"
    "  2    usage error\n"
    "  3    index unreadable\n"
    "  4    I/O or internal error, or a malformed --entities file, or a recorded one that\n"
    "       vanished or changed (the last committed index stays searchable)\n"
    "  5    done, but some input was skipped or repaired, deletions were refused, or a source\n"
    "       the index was built from is gone and its articles were kept (see the warnings)\n"
    "  6    another mss-index is writing the index (use --wait)\n"
    "  130  stopped by SIGINT/SIGTERM at a commit point; the next run completes the work (a\n"
    "       rebuild is abandoned instead: the previous index stays live)\n";

// Set by the signal handler, read by the indexing run. A signal handler can reach nothing else.
std::atomic<bool> g_stop_requested{false};

extern "C" void request_stop(int) {
    g_stop_requested.store(true);
}

// SIGINT and SIGTERM ask the run to stop at its next commit point; a second signal kills at once
// (SA_RESETHAND), for when a commit takes too long to wait for.
void install_stop_handlers() {
    struct sigaction action {};
    action.sa_handler = request_stop;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

std::string megabytes(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

void print_summary(const mss::IndexRunSummary& s, bool dry_run) {
    const double seconds = s.seconds > 0 ? s.seconds : 1e-9;
    const std::size_t read = s.added + s.updated + s.unchanged;
    if (s.abandoned) {
        std::printf("rebuild abandoned after %zu articles; nothing was written\n", read);
    } else {
        std::printf(
            "%s%zu added, %zu updated, %zu deleted, %zu unchanged, %zu kept; %zu skipped, %zu "
            "repaired\n",
            dry_run ? "dry run, nothing written: would have " : (s.rebuilt ? "rebuilt: " : ""),
            s.added, s.updated, s.deleted, s.unchanged, s.kept, s.skipped, s.repaired);
    }
    std::printf(
        "%.2f s, %.0f articles/s, %.1f MB/s; the index holds %zu articles (%s)%s; "
        "peak RSS %s\n",
        s.seconds, static_cast<double>(read) / seconds,
        static_cast<double>(s.bytes_read) / 1e6 / seconds, s.article_count,
        megabytes(s.index_bytes).c_str(),
        (!dry_run && !s.wrote && !s.interrupted) ? "; nothing changed, nothing written" : "",
        megabytes(static_cast<std::uintmax_t>(s.peak_rss_kib) * 1024).c_str());
}

void print_stats(const std::string& index_dir) {
    const mss::IndexStats stats = mss::read_index_stats(index_dir);
    std::printf("index:      %s (%s, %s)\n", index_dir.c_str(), stats.generation.c_str(),
                megabytes(stats.bytes).c_str());
    std::printf("articles:   %zu (%zu dated", stats.articles, stats.dated);
    if (stats.first_date) {
        std::printf(", %s to %s", stats.first_date->c_str(), stats.last_date->c_str());
    }
    std::printf(")\nentities:   %zu people, %zu countries, %zu organisations, %zu places\n",
                stats.persons, stats.countries, stats.organisations, stats.places);
    for (const auto& [path, count] : stats.sources) {
        std::printf("source:     %s (%zu articles)\n", path.c_str(), count);
    }
    std::printf("format:     %d\n", stats.format);
    std::printf("last run:   %s\n",
                stats.last_run_json.empty() ? "unknown" : stats.last_run_json.c_str());
}

void print_warning(const mss::SourceWarning& warning) {
    // The flag that overrides what the library refused to do.
    const char* override = "";
    if (warning.effect == mss::SourceWarning::Effect::kDeletionsRefused) {
        override = " (--force-delete deletes them)";
    } else if (warning.effect == mss::SourceWarning::Effect::kSourceMissing) {
        override = " (--drop-source PATH drops them)";
    }
    // Warnings land in journals and cron mail: file names and text in them must not drive a
    // terminal.
    std::fprintf(stderr, "mss-index: warning: %s: %s%s\n",
                 mss::terminal_text(warning.where).c_str(),
                 mss::terminal_text(warning.message).c_str(), override);
}

int explain(const std::vector<std::string>& paths, const mss::IndexRunOptions& run_options,
            const std::string& format_name) {
    if (format_name != "text" && format_name != "json") {
        throw po::error("--explain-format takes text or json, not '" + format_name + "'");
    }
    const mss::ExplainFormat format =
        format_name == "json" ? mss::ExplainFormat::kJson : mss::ExplainFormat::kText;
    std::size_t warnings = 0;
    const mss::IndexWriterOptions analysis{run_options.data_dir, run_options.entity_files};
    for (const auto& path : paths) {
        mss::explain_articles(
            path, analysis, std::cout,
            [&](const mss::SourceWarning& warning) {
                print_warning(warning);
                ++warnings;
            },
            format);
    }
    return code(warnings == 0 ? ExitStatus::kResults : ExitStatus::kDoneWithWarnings);
}

int run(int argc, char** argv) {
    std::string index_flag;
    std::string explain_format;
    std::vector<std::string> paths;
    mss::IndexRunOptions run_options;
    // Numbers are read as text and checked (number_option.h).
    std::string shards, batch, max_bytes, threads, max_delete;
    po::options_description visible("Options");
    visible.add_options()("help,h", "show this help and exit")(
        "version", "show the version and exit")("index,i", po::value(&index_flag),
                                                "index folder (default: $MSS_INDEX, else ./index)")(
        "data-dir", po::value(&run_options.data_dir),
        "folder with stopwords/ and entities/ (default: $MSS_DATA_DIR, else the installed data)")(
        "entities", po::value(&run_options.entity_files)->composing(),
        "more entity data (entities/README.md format); repeatable; the index keeps using them")(
        "no-extra-entities", "rebuild without the --entities files the index was built with")(
        "explain",
        "print what the analyser extracts from each article of PATH (entities and dates with "
        "character offsets, words) instead of indexing")(
        "explain-format", po::value(&explain_format)->value_name("FORMAT"),
        "--explain as text (default) or json (a JSON line per article); implies --explain")(
        "rebuild", "build a fresh index from PATH beside the live one and swap it in atomically")(
        "no-delete", "keep articles whose source file disappeared")(
        "max-delete", po::value(&max_delete)->default_value(std::to_string(run_options.max_delete)),
        "delete nothing from a PATH when a run would delete all its articles or more than N "
        "(exit 5)")("force-delete", "delete however many articles vanished from PATH")(
        "drop-source", po::value(&run_options.drop_sources)->composing()->value_name("PATH"),
        "let a rebuild drop the articles of PATH, a source the index was built from that is "
        "gone (else they are kept, exit 5); repeatable")(
        "dry-run,n", "list what would be added, updated and deleted; write nothing")(
        "stats", "show what is in the index and the last run, then exit")(
        "wait", "wait for another mss-index on the same index instead of exiting with 6")(
        "shards", po::value(&shards),
        "split the index into N shards by article id (default: the index's own layout)")(
        "batch", po::value(&batch)->default_value(std::to_string(run_options.batch_size)),
        "commit every N changed articles (bounds memory)")(
        "max-bytes",
        po::value(&max_bytes)->default_value(std::to_string(run_options.read.max_bytes)),
        "skip articles (a .txt file, a page, a feed, a .jsonl line) larger than this")(
        "threads", po::value(&threads)->default_value("0"),
        "analysis and writer threads (0: one per core)")("quiet,q",
                                                         "print warnings and errors only");
    const po::variables_map options =
        mss_cli::parse_command_line(argc, argv, visible, "path", &paths);
    if (mss_cli::answered_help_or_version(options, "mss-index", kUsage, visible, kExitCodes)) {
        return 0;
    }
    const std::string index_dir = mss::cli::index_dir_from(index_flag);
    run_options.data_dir = mss::cli::data_dir_from(run_options.data_dir);
    if (options.count("stats")) {
        print_stats(index_dir);
        return 0;
    }
    if (paths.empty()) {
        throw po::error("no PATH given (try --help)");
    }
    if (!shards.empty()) {
        run_options.shards = mss_cli::parse_whole_number<unsigned>("--shards", shards, 0, 4096);
    }
    run_options.batch_size = mss_cli::parse_whole_number<std::size_t>("--batch", batch, 1);
    run_options.read.max_bytes =
        mss_cli::parse_whole_number<std::uintmax_t>("--max-bytes", max_bytes);
    run_options.threads = mss_cli::parse_whole_number<unsigned>("--threads", threads, 0, 1024);
    run_options.max_delete = mss_cli::parse_whole_number<std::size_t>("--max-delete", max_delete);
    if (options.count("explain") || options.count("explain-format")) {
        return explain(paths, run_options, explain_format.empty() ? "text" : explain_format);
    }
    run_options.rebuild = options.count("rebuild") > 0;
    run_options.delete_missing = options.count("no-delete") == 0;
    run_options.force_delete = options.count("force-delete") > 0;
    run_options.use_recorded_entity_files = options.count("no-extra-entities") == 0;
    run_options.dry_run = options.count("dry-run") > 0;
    run_options.wait = options.count("wait") > 0;
    run_options.stop = &g_stop_requested;
    const bool quiet = options.count("quiet") > 0;

    install_stop_handlers();
    mss::ProgressDisplay progress(stderr, isatty(STDERR_FILENO) != 0);
    mss::IndexRunObserver observer;
    observer.on_warning = [&](const mss::SourceWarning& warning) {
        progress.finish();
        print_warning(warning);
    };
    if (!quiet) {
        observer.on_notice = [&](const std::string& message) {
            progress.finish();
            std::fprintf(stderr, "mss-index: %s\n", mss::terminal_text(message).c_str());
        };
        observer.on_progress = [&](const mss::IndexProgress& p) { progress.update(p); };
    }
    if (run_options.dry_run) {
        observer.on_planned_change = [](const std::string& change) {
            std::printf("%s\n", change.c_str());
        };
    }
    const mss::IndexRunSummary summary = mss::update_index(index_dir, paths, run_options, observer);
    progress.finish();
    if (!quiet) {
        print_summary(summary, run_options.dry_run);
    }
    if (summary.abandoned) {
        std::fprintf(stderr,
                     "mss-index: stopped: the rebuild was abandoned and the previous index stays "
                     "live, unchanged; run the rebuild again to complete it\n");
        return code(ExitStatus::kInterrupted);
    }
    if (summary.interrupted) {
        std::fprintf(stderr,
                     "mss-index: stopped at a commit point; the next run completes the work\n");
        return code(ExitStatus::kInterrupted);
    }
    return code(summary.skipped + summary.repaired + summary.deletions_refused +
                            summary.sources_missing ==
                        0
                    ? ExitStatus::kResults
                    : ExitStatus::kDoneWithWarnings);
}

}  // namespace

int main(int argc, char** argv) {
    return mss::cli::run_main("mss-index", [&] { return run(argc, argv); });
}
