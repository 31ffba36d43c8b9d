// mss-search: the command-line front end over mss::Searcher. Parses options, runs the search,
// renders, and maps errors to the documented exit codes; nothing else lives here.
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/search.h>
#include <mss/terminal_text.h>
#include <mss/version.h>

#include "command_line.h"
#include "exit_status.h"
#include "index_dir.h"
#include "number_option.h"
#include "render/article_renderer.h"
#include "render/output_format.h"
#include "render/pager.h"
#include "run_main.h"
#include "time_limit.h"

namespace po = boost::program_options;
using mss::cli::exit_status_of;
using mss::cli::ExitStatus;

namespace {

constexpr const char* kUsage =
    "Usage: mss-search [OPTIONS] QUERY...\n"
    "       mss-search [OPTIONS] --person|--country|--org|--place|--source|--from|--to VALUE...\n"
    "       mss-search [--json] --show ID...\n"
    "Search the MSS news index and print ranked articles, or print stored articles by id.\n";

constexpr const char* kExitCodes =
    "\nQuery (docs/QUERY.md):\n"
    "  Words must all match (any form: 'deployed' finds 'deployment'); \"quoted phrases\"\n"
    "  match exactly; OR, NOT or -word, (groups) and word* prefixes. Fields: person:, country:,\n"
    "  org:, place:, source:, lang:, title:, date: (2025-01-18, 2025-01, 2025, FROM..TO, ..TO, "
    "FROM..,\n"
    "  today, yesterday, last-week, last-month, last-year, 30d, 2w, 6m, 1y), mentions: (dates\n"
    "  the text speaks of, same forms).\n"
    "  Counts, facets, --ids, --paths and the exit status cover the matches only; a question\n"
    "  of three or more words, or a query with no match, goes on with articles that have\n"
    "  some of the words, shown apart. Totals are exact up to 10,000 matches (--exact: all).\n"
    "\nExamples:\n"
    "  mss-search \"Murkomen contingent\"\n"
    "  mss-search --json '\"National Police Service\"'\n"
    "  mss-search 'person:barbeque date:2025-01'\n"
    "  mss-search --facets --country kenya --from 2025-01 --to 2025-02 police\n"
    "  mss-search --format '{rank} {date} {title}' Haiti\n"
    "  mss-search --paths contingent | xargs grep -l Murkomen\n"
    "  mss-search --format '{date} {source} {url}' 'source:\"Caribbean Wire\"'\n"
    "  mss-search --show $(mss-search --ids -n 1 Murkomen)\n"
    "  mss-search --index shards.stub --partial Haiti   # shards listed in a Xapian stub file\n"
    "\nExit status:\n"
    "  0  some article matches (--show: every id was found)\n"
    "  1  no article matches (articles with some of the words may still be shown; --show: an id\n"
    "     not in the index)\n"
    "  2  usage error or bad query (also over the query budget or --time-limit)\n"
    "  3  index missing or unreadable, or a shard of it down (without --partial)\n"
    "  4  I/O or internal error\n";

mss::SortOrder parse_sort(const std::string& sort) {
    if (const auto order = mss::parse_sort_order(sort)) {
        return *order;
    }
    throw po::error("--sort must be relevance, date or -date");
}

mss::DateBucket parse_bucket(const std::string& bucket) {
    if (const auto parsed = mss::parse_date_bucket(bucket)) {
        return *parsed;
    }
    throw po::error("--by must be day, month or year");
}

bool use_color(const std::string& mode) {
    if (mode == "always") {
        return true;
    }
    if (mode == "never") {
        return false;
    }
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

// The one output format the flags ask for; two at once is a usage error.
mss::OutputOptions output_options(const po::variables_map& options, const std::string& color) {
    const std::pair<const char*, mss::OutputFormat> formats[] = {
        {"json", mss::OutputFormat::kJson},       {"jsonl", mss::OutputFormat::kJsonLines},
        {"format", mss::OutputFormat::kTemplate}, {"count", mss::OutputFormat::kCount},
        {"ids", mss::OutputFormat::kIds},         {"paths", mss::OutputFormat::kPaths},
    };
    mss::OutputOptions output;
    std::string chosen;
    for (const auto& [flag, format] : formats) {
        if (options.count(flag) == 0) {
            continue;
        }
        if (!chosen.empty()) {
            throw po::error("--" + chosen + " and --" + flag + " cannot be used together");
        }
        chosen = flag;
        output.format = format;
    }
    if (color != "auto" && color != "always" && color != "never") {
        throw po::error("--color must be auto, always or never");
    }
    output.color = use_color(color);
    if (output.format == mss::OutputFormat::kTemplate) {
        output.template_text = options["format"].as<std::string>();
    }
    return output;
}

// --show ID...: every id found is printed, in the order given; each one missing is a line on
// stderr, and makes the exit status 1.
int show(const po::variables_map& options, const mss::OutputOptions& output,
         const std::string& index_dir, const std::vector<std::string>& ids,
         const mss::ShardOptions& shards) {
    if (output.format != mss::OutputFormat::kText && output.format != mss::OutputFormat::kJson) {
        throw po::error("--show prints text or, with --json, JSON; not other formats");
    }
    if (ids.empty() || options.count("queries")) {
        throw po::error("--show needs the ids of the articles as arguments");
    }
    mss::Searcher searcher(index_dir, shards);
    std::ostringstream held;
    const bool paged = options.count("pager") != 0;
    std::ostream& out = paged ? held : std::cout;
    bool all_found = true;
    for (const std::string& id : ids) {
        const auto article = searcher.article(id);
        if (!article) {
            std::cerr << "mss-search: no article with id '" << mss::terminal_text(id)
                      << "' in the index\n";
            all_found = false;
        } else if (output.format == mss::OutputFormat::kJson) {
            mss::write_article_json(*article, out);
        } else {
            mss::write_article_text(*article, out);
        }
    }
    if (paged) {
        mss::write_paged(held.str());
    }
    return code(all_found ? ExitStatus::kResults : ExitStatus::kNoResults);
}

int run(int argc, char** argv) {
    std::string index_flag, color, sort, bucket, from, to;
    // Numbers are read as text and checked (number_option.h).
    std::string limit, offset, snippet_chars, timeout, connect_timeout, time_limit;
    std::vector<std::string> words;
    mss::SearchRequest request;
    mss::ShardOptions shards;
    po::options_description visible("Options");
    visible.add_options()("help,h", "show this help and exit")("version",
                                                               "show the version and exit")(
        "index,i", po::value(&index_flag),
        "index folder or shard stub file (default: $MSS_INDEX, else ./index)")(
        "limit,n", po::value(&limit)->default_value("10"), "number of results to show")(
        "offset", po::value(&offset)->default_value("0"), "results to skip, for paging")(
        "snippet-chars", po::value(&snippet_chars)->default_value("200"),
        "approximate snippet length in characters")("json", "print one JSON object (docs/JSON.md)")(
        "jsonl", "print a JSON line per hit as it is found, then a summary line")(
        "format", po::value<std::string>(),
        "print a line per hit from a template: {rank} {id} {path} {title} {date} {score} "
        "{snippet} {url} {source} {author}")("count", "print only the number of matching articles")(
        "ids", "print only the ids of the hits, one per line")(
        "paths", "print only the paths of the hits, one per line (for xargs)")(
        "color", po::value(&color)->default_value("auto"),
        "colour and bold on a terminal: auto, always or never (auto honours NO_COLOR)")(
        "pager", "on a terminal, show the output through $PAGER (default: less -R)")(
        "show",
        "print the stored articles with the ids given instead of searching (with --json: "
        "one JSON object a line)");
    visible.add_options()("person", po::value(&request.persons)->composing(),
                          "only articles naming this person (any alias; repeatable)")(
        "country", po::value(&request.countries)->composing(), "only articles naming this country")(
        "org", po::value(&request.organisations)->composing(),
        "only articles naming this organisation")("place", po::value(&request.places)->composing(),
                                                  "only articles naming this place")(
        "source", po::value(&request.sources)->composing(),
        "only articles from this outlet (its whole name)")(
        "lang", po::value(&request.languages)->composing(),
        "only articles in this language (en, fr, ht or a name: French); free words are then "
        "searched in its forms only")("from", po::value(&from),
                                      "only articles dated on or after this (2025-01, 30d, ...)")(
        "to", po::value(&to), "only articles dated on or before this (a month means its end)")(
        "now", po::value(&request.now), "the day relative dates count from (default: today)")(
        "sort", po::value(&sort)->default_value("relevance"), "relevance, date or -date")(
        "facets", "count people, countries, organisations, places and dates over all matches")(
        "by", po::value(&bucket)->default_value("month"), "date facet buckets: day, month or year")(
        "exact", "count every match exactly (totals are exact up to 10,000 without it)")(
        "no-collapse", "list every near-copy of a story as a hit of its own")(
        "no-feedback", "rank a long question by its own words only, without feedback")(
        "like", po::value<std::string>(),
        "rank the articles most related to the article with this id (the query, if any, and "
        "the filters narrow them)");
    visible.add_options()("partial",
                          "when shards of the index are down, search the others and say so")(
        "timeout", po::value(&timeout)->default_value(std::to_string(shards.timeout_ms)),
        "milliseconds a remote shard may take to answer")(
        "time-limit", po::value(&time_limit)->default_value("60"),
        "seconds a search may take before it is stopped with status 2 (0: no limit)")(
        "queries", po::value<std::string>(),
        "run each line of this file ('-': standard input) as a query, with one searcher, and print "
        "the results one after another (one line each with --json)")(
        "connect-timeout",
        po::value(&connect_timeout)->default_value(std::to_string(shards.connect_timeout_ms)),
        "milliseconds a remote shard may take to accept a connection");
    const po::variables_map options =
        mss_cli::parse_command_line(argc, argv, visible, "query", &words);
    if (mss_cli::answered_help_or_version(options, "mss-search", kUsage, visible, kExitCodes)) {
        return 0;
    }
    // Limits that keep offset + limit within Xapian's 32-bit document counts.
    constexpr std::size_t kMaxHits = 1'000'000'000;
    request.limit = mss_cli::parse_whole_number<std::size_t>("--limit", limit, 0, kMaxHits);
    request.offset = mss_cli::parse_whole_number<std::size_t>("--offset", offset, 0, kMaxHits);
    request.snippet_chars =
        mss_cli::parse_whole_number<std::size_t>("--snippet-chars", snippet_chars, 0, 100'000);
    shards.timeout_ms = mss_cli::parse_whole_number<unsigned>("--timeout", timeout);
    shards.connect_timeout_ms =
        mss_cli::parse_whole_number<unsigned>("--connect-timeout", connect_timeout);
    // The library stops a search at the limit; the timer ends the process a second later should
    // one posting list hold the matcher past it (time_limit.h).
    request.time_limit_seconds = mss_cli::parse_seconds("--time-limit", time_limit);
    const mss_search::TimeLimit search_time_limit(request.time_limit_seconds);
    const mss::OutputOptions output = output_options(options, color);
    if (options.count("show")) {
        return show(options, output, mss::cli::index_dir_from(index_flag), words, shards);
    }
    // The template is checked before searching, so a typo costs no search.
    const bool paged = options.count("pager") != 0;
    std::ostringstream held;  // the whole output, for the pager
    const auto renderer = mss::make_renderer(output, paged ? held : std::cout);
    if (output.format == mss::OutputFormat::kCount) {
        request.limit = 0;
        request.exact_total = true;
    }
    request.sort = parse_sort(sort);
    request.date_bucket = parse_bucket(bucket);
    if (!from.empty()) {
        request.dates.from = from;
    }
    if (!to.empty()) {
        request.dates.to = to;
    }
    // JSON always carries facets: scripts should not need to know to ask.
    request.facets = options.count("facets") != 0 || output.format == mss::OutputFormat::kJson ||
                     output.format == mss::OutputFormat::kJsonLines;
    request.exact_total = request.exact_total || options.count("exact") != 0;
    // A count or a list of ids answers the query as typed, never a correction of it.
    request.search_suggestion = output.format != mss::OutputFormat::kCount &&
                                output.format != mss::OutputFormat::kIds &&
                                output.format != mss::OutputFormat::kPaths;
    request.collapse = options.count("no-collapse") == 0;
    request.feedback = options.count("no-feedback") == 0;
    if (output.format == mss::OutputFormat::kIds || output.format == mss::OutputFormat::kPaths ||
        output.format == mss::OutputFormat::kCount) {
        request.snippet_chars = 0;  // nothing shows a snippet: skip making one
    }
    if (options.count("like")) {
        request.text = mss::like_query_text(options["like"].as<std::string>());
    }
    for (const auto& word : words) {
        request.text += (request.text.empty() ? "" : " ") + word;
    }
    const bool batch = options.count("queries") != 0;
    const bool typed = request.text.find_first_not_of(" \t\n") != std::string::npos;
    if (batch && typed) {
        throw po::error("give queries either in --queries or as arguments, not both");
    }
    // Filters alone are a search too: every article about a person, from an outlet, in a month.
    if (!batch && !typed && !request.has_filters()) {
        throw po::error("no query given (try --help)");
    }

    shards.partial = options.count("partial") != 0;
    mss::Searcher searcher(mss::cli::index_dir_from(index_flag), shards);
    bool found = false;
    const auto search = [&](const mss::SearchRequest& one) {
        search_time_limit.start();
        const mss::SearchResult result = searcher.search(one);
        search_time_limit.stop();
        mss::render(result, *renderer);
        found = found || result.total != 0;  // articles with only some of the words are not matches
        if (!one.search_suggestion && result.total == 0 && result.suggestion) {
            std::cerr << "mss-search: no article matches the query as typed; did you mean: "
                      << mss::terminal_text(*result.suggestion) << '\n';
        }
    };
    if (batch) {
        const std::string file = options["queries"].as<std::string>();
        std::ifstream opened;
        if (file != "-") {
            opened.open(file);
            if (!opened) {
                throw mss::IoError(file + ": cannot read the query file");
            }
        }
        std::istream& in = file == "-" ? std::cin : opened;
        std::size_t line_number = 0;
        for (std::string line; std::getline(in, line);) {
            ++line_number;
            if (line.find_first_not_of(" \t\r") == std::string::npos) {
                continue;
            }
            request.text = line;
            try {
                search(request);
                std::cout.flush();  // a reader feeding queries one by one waits for each answer
            } catch (const mss::QueryError& e) {
                throw mss::QueryError(file + ":" + std::to_string(line_number) + ": " + e.what(),
                                      e.position());
            }
        }
    } else {
        search(request);
    }
    if (paged) {
        mss::write_paged(held.str());
    }
    return code(found ? ExitStatus::kResults : ExitStatus::kNoResults);
}

// A bad query names where it went wrong; a search past its time limit is worded as the timer's
// own line (time_limit.h), which stops what the library cannot.
mss::cli::ErrorReport report(const mss::Error& error) {
    std::ostringstream line;
    if (const auto* bad = dynamic_cast<const mss::QueryError*>(&error)) {
        line << "bad query at character " << bad->position() + 1 << ": "
             << mss::terminal_text(bad->what());
    } else if (const auto* late = dynamic_cast<const mss::TimeLimitError*>(&error)) {
        line << "the search ran past --time-limit " << late->seconds() << " s; stopped";
    } else {
        return mss::cli::report_by_kind(error);
    }
    return {line.str(), exit_status_of(error.kind())};
}

}  // namespace

int main(int argc, char** argv) {
    return mss::cli::run_main(
        "mss-search", [&] { return run(argc, argv); }, report);
}
