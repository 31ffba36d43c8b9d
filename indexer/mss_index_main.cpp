// mss-index: the command-line front end over mss::IndexWriter. Parses options, feeds articles
// to the writer, reports, and maps errors to the documented exit codes.
#include <chrono>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/version.h>

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: mss-index [OPTIONS] PATH...\n"
    "Index articles into the MSS search index. PATH is a seed-format .txt file, a .jsonl file\n"
    "(one JSON article per line) or a folder searched recursively for both.\n";

constexpr const char* kExitCodes =
    "\nExamples:\n"
    "  mss-index seeds/\n"
    "  mss-index --index /srv/mss/index articles.jsonl\n"
    "  mss-index --entities more-people.tsv seeds/\n"
    "  mss-index --explain seeds/003_f810d5dfabb6c1ef.txt\n"
    "\nExit status:\n"
    "  0  all articles indexed\n"
    "  2  usage error\n"
    "  3  index unreadable\n"
    "  4  I/O or internal error, or a malformed --entities file (the last committed index\n"
    "     stays searchable)\n"
    "  5  done, but some input was skipped or repaired (see the warnings)\n";

int run(int argc, char** argv) {
    std::string index_flag;
    std::vector<std::string> paths;
    mss::IndexWriterOptions writer_options;
    po::options_description visible("Options");
    visible.add_options()("help,h", "show this help and exit")(
        "version", "show the version and exit")("index,i", po::value(&index_flag),
                                                "index folder (default: $MSS_INDEX, else ./index)")(
        "data-dir", po::value(&writer_options.data_dir),
        "folder with stopwords/ and entities/ (default: $MSS_DATA_DIR, else the installed data)")(
        "entities", po::value(&writer_options.entity_files)->composing(),
        "more entity data (entities/README.md format); repeatable")(
        "explain",
        "print what the analyser extracts from each article of PATH (words, entities "
        "with offsets, dates) instead of indexing")("quiet,q", "print warnings and errors only");
    po::options_description all;
    all.add(visible).add_options()("path", po::value(&paths));
    po::positional_options_description positional;
    positional.add("path", -1);

    po::variables_map options;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(),
              options);
    po::notify(options);
    if (options.count("help")) {
        std::cout << kUsage << '\n' << visible << kExitCodes;
        return 0;
    }
    if (options.count("version")) {
        std::cout << "mss-index " << mss::kVersion << '\n';
        return 0;
    }
    if (paths.empty()) {
        throw po::error("no PATH given (try --help)");
    }

    std::size_t warnings = 0;
    const auto on_warning = [&](const mss::SourceWarning& warning) {
        std::cerr << "mss-index: warning: " << warning.where << ": " << warning.message << '\n';
        ++warnings;
    };
    if (options.count("explain")) {
        for (const auto& path : paths) {
            mss::explain_articles(path, writer_options, std::cout, on_warning);
        }
        return static_cast<int>(warnings == 0 ? mss::ExitCode::kResults
                                              : mss::ExitCode::kDoneWithWarnings);
    }

    const auto start = std::chrono::steady_clock::now();
    const std::string index_dir = mss::resolve_index_dir(index_flag);
    mss::IndexWriter writer(index_dir, writer_options);
    std::size_t indexed = 0;
    for (const auto& path : paths) {
        mss::read_articles(
            path,
            [&](mss::Article&& article) {
                writer.add(article);
                ++indexed;
            },
            on_warning);
    }
    writer.commit();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (!options.count("quiet")) {
        std::cout << "indexed " << indexed << " articles (" << warnings << " warnings) into "
                  << index_dir << " in " << std::fixed << std::setprecision(2) << elapsed.count()
                  << " s; the index holds " << writer.article_count() << " articles\n";
    }
    return static_cast<int>(warnings == 0 ? mss::ExitCode::kResults
                                          : mss::ExitCode::kDoneWithWarnings);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const mss::Error& e) {
        std::cerr << "mss-index: " << e.what() << '\n';
        return static_cast<int>(e.code());
    } catch (const po::error& e) {
        std::cerr << "mss-index: " << e.what() << '\n';
        return static_cast<int>(mss::ExitCode::kUsage);
    } catch (const std::exception& e) {
        std::cerr << "mss-index: internal error: " << e.what() << '\n';
        return static_cast<int>(mss::ExitCode::kFailure);
    }
}
