// mss-serve: the HTTP front end over mss::Searcher. Parses options, routes requests to the
// library, renders its JSON and maps errors to HTTP statuses; nothing else lives here.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include <httplib.h>
#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/json.h>
#include <mss/search.h>
#include <mss/terminal_text.h>
#include <mss/version.h>

#include "command_line.h"
#include "data_dir.h"
#include "exit_status.h"
#include "index_dir.h"
#include "json_output.h"
#include "number_option.h"
#include "run_main.h"
#include "serve/error_response.h"
#include "serve/listen_address.h"
#include "serve/search_parameters.h"

namespace po = boost::program_options;
using mss::cli::ExitStatus;

namespace {

constexpr const char* kUsage =
    "Usage: mss-serve [OPTIONS]\n"
    "Serve the MSS news index over HTTP: a JSON API and a search page.\n";

constexpr const char* kMore =
    "\nEndpoints (GET only; docs/JSON.md, README \"mss-serve\"):\n"
    "  /                 the search page\n"
    "  /search?q=...     what mss-search --json prints; parameters limit, offset, snippet_chars,\n"
    "                    person, country, org, place (repeatable), from, to, now, sort, by,\n"
    "                    exact, partial\n"
    "  /suggest?q=...    entity names completing q (kind=person|country|org|place, limit=)\n"
    "  /stats            what is in the index\n"
    "  /health           200 when the index can be searched, else 503\n"
    "  Errors are JSON: 400 bad query or parameter, 404 unknown path, 503 index missing or a\n"
    "  shard down (unless partial=1).\n"
    "\nExamples:\n"
    "  mss-serve --index /srv/mss/index\n"
    "  mss-serve --listen 0.0.0.0:8080 --cors https://newsroom.example --quiet\n"
    "  curl 'http://127.0.0.1:8080/search?q=contingent&country=kenya&limit=5'\n"
    "\nExit status:\n"
    "  0  stopped by SIGINT or SIGTERM\n"
    "  2  usage error\n"
    "  4  cannot listen (address in use, no permission) or internal error\n";

// Set once in main() before the server starts, read by every worker afterwards.
struct ServeConfig {
    std::string index_dir;
    mss::ShardOptions shards;
    mss::serve::RequestLimits limits;
    std::size_t max_completions = 50;
};

const ServeConfig* config = nullptr;

// One Searcher per worker thread (a Searcher is used by one thread at a time), opened at the
// thread's first request and kept, so it follows incremental runs and rebuilds as a long-lived
// Searcher does. One for each partial setting, as that is fixed when a Searcher opens. Opening
// failures are not kept: the next request tries again, so a server started before its index
// was built starts answering once it is.
mss::Searcher& thread_searcher(bool partial) {
    thread_local std::unique_ptr<mss::Searcher> strict, lenient;
    std::unique_ptr<mss::Searcher>& searcher = partial ? lenient : strict;
    if (!searcher) {
        mss::ShardOptions options = config->shards;
        options.partial = partial;
        searcher = std::make_unique<mss::Searcher>(config->index_dir, options);
    }
    return *searcher;
}

void send_json(httplib::Response& response, const std::string& body, int status = 200) {
    response.status = status;
    response.set_header("Cache-Control", "no-store");
    response.set_content(body, "application/json; charset=utf-8");
}

void send_error(httplib::Response& response, const mss::serve::ErrorResponse& error) {
    send_json(response, error.body + "\n", error.status);
}

// Runs `handle`, answering any mss::Error (or worse) it throws as JSON.
template <typename Handle>
httplib::Server::Handler json_endpoint(Handle handle) {
    return [handle](const httplib::Request& request, httplib::Response& response) {
        try {
            send_json(response, handle(request));
        } catch (...) {
            send_error(response, mss::serve::error_response(std::current_exception()));
        }
    };
}

std::string search(const httplib::Request& request) {
    const auto parameters = mss::serve::search_parameters(request.params, config->limits);
    const mss::SearchResult result = thread_searcher(parameters.partial).search(parameters.request);
    return mss::to_json(result) + "\n";  // as mss-search --json prints it
}

std::string suggest(const httplib::Request& request) {
    std::string typed, kind;
    std::size_t limit = 10;
    for (const auto& [name, value] : request.params) {
        if (name == "q") {
            typed = value;
        } else if (name == "kind") {
            kind = value;
        } else if (name == "limit") {
            limit = mss::serve::count_value(name, value, config->max_completions);
        } else {
            throw mss::InvalidArgumentError("parameter '" + name +
                                            "' is not one this server knows");
        }
    }
    nlohmann::ordered_json completions = nlohmann::ordered_json::array();
    for (const auto& entity : thread_searcher(false).complete_entities(typed, kind, limit)) {
        completions.push_back({{"kind", entity.kind},
                               {"id", entity.id},
                               {"name", entity.name},
                               {"articles", entity.articles}});
    }
    const nlohmann::ordered_json body = {
        {"schema", mss::kJsonSchemaVersion}, {"query", typed}, {"completions", completions}};
    return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// GET /articles/ID: the stored article, exactly as mss-search --show --json prints it; 404 when
// the index has no article with that id.
void article(const httplib::Request& request, httplib::Response& response) {
    try {
        if (!request.params.empty()) {
            throw mss::InvalidArgumentError("/articles/ID takes no parameters");
        }
        const std::string id = request.matches[1];
        const auto found = thread_searcher(false).article(id);
        if (!found) {
            send_error(response, mss::serve::error_response(404, "not-found",
                                                            "no article with id '" + id + "'"));
            return;
        }
        send_json(response,
                  mss::escape_json_controls(mss::dump_json(mss::article_json(*found))) + "\n");
    } catch (...) {
        send_error(response, mss::serve::error_response(std::current_exception()));
    }
}

std::string stats(const httplib::Request&) {
    return mss::stats_to_json(mss::read_index_stats(config->index_dir)) + "\n";
}

std::string health(const httplib::Request&) {
    // The statistics read every shard, and this thread's searcher must open: what a search needs.
    const auto stats = mss::read_index_stats(config->index_dir);
    thread_searcher(false);
    const nlohmann::ordered_json body = {{"schema", mss::kJsonSchemaVersion},
                                         {"status", "ok"},
                                         {"articles", stats.articles},
                                         {"generation", stats.generation}};
    return body.dump() + "\n";
}

// One line per request on stderr: client, request line, status, body bytes, milliseconds.
thread_local std::chrono::steady_clock::time_point request_start;

void log_request(const httplib::Request& request, const httplib::Response& response) {
    const auto elapsed =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_start);
    std::fprintf(stderr, "%s \"%s %s\" %d %zu %.1fms\n", request.remote_addr.c_str(),
                 request.method.c_str(), request.target.c_str(), response.status,
                 response.body.size(), elapsed.count());
}

// Stops `server` on SIGINT or SIGTERM. The signals are blocked in every thread (main() blocks
// them before any starts), so this thread alone receives them.
void stop_on_signal(httplib::Server& server, const sigset_t& signals) {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
}

int run(int argc, char** argv) {
    std::string index_flag, listen, cors, page_flag, time_limit = "10";
    unsigned threads = 4, timeout_s = 10;
    ServeConfig settings;
    po::options_description visible("Options");
    visible.add_options()("help,h", "show this help and exit")("version",
                                                               "show the version and exit")(
        "index,i", po::value(&index_flag),
        "index folder or shard stub file (default: $MSS_INDEX, else ./index)")(
        "listen", po::value(&listen)->default_value("127.0.0.1:8080"),
        "HOST:PORT to listen on; loopback unless told otherwise; port 0 picks a free one")(
        "threads", po::value(&threads)->default_value(threads),
        "worker threads, each with its own searcher (one connection each at a time)")(
        "cors", po::value(&cors), "let pages from this origin call the API (no CORS otherwise)")(
        "quiet,q", "no access log lines on stderr")(
        "timeout", po::value(&timeout_s)->default_value(timeout_s),
        "seconds a client may take to send a request or read the answer")(
        "max-limit",
        po::value(&settings.limits.max_limit)->default_value(settings.limits.max_limit),
        "the largest limit= a search may ask for")(
        "time-limit", po::value(&time_limit)->default_value(time_limit),
        "seconds one search may run (0 for no limit); past it the answer is 503, kind time-limit")(
        "page", po::value(&page_flag),
        "folder of the search page (default: page/ in the installed data folder)")(
        "data-dir", po::value<std::string>(),
        "folder with the shipped data (default: $MSS_DATA_DIR, else the installed one)");
    const po::variables_map options = mss_cli::parse_command_line(argc, argv, visible);
    if (mss_cli::answered_help_or_version(options, "mss-serve", kUsage, visible, kMore)) {
        return 0;
    }
    settings.limits.time_limit_seconds = mss_cli::parse_seconds("--time-limit", time_limit);
    if (threads == 0 || threads > 256) {
        throw po::error("--threads must be from 1 to 256");
    }
    const mss::serve::ListenAddress address = mss::serve::parse_listen_address(listen);
    settings.index_dir = mss::cli::index_dir_from(index_flag);
    config = &settings;
    const std::string page_dir =
        !page_flag.empty()
            ? page_flag
            : mss::find_data_dir(mss::cli::data_dir_from(
                  options.count("data-dir") ? options["data-dir"].as<std::string>() : "")) +
                  "/page";

    // A client that hangs up before its answer is written must not end the server.
    signal(SIGPIPE, SIG_IGN);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    httplib::Server server;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_read_timeout(timeout_s);
    server.set_write_timeout(timeout_s);
    // Answers go out as soon as they are written: with Nagle's algorithm a small answer written
    // in two parts waits for the client's delayed ACK (40 ms). Accepted sockets inherit the
    // listening socket's TCP_NODELAY on Linux.
    server.set_socket_options([](int socket) {
        httplib::default_socket_options(socket);
        const int on = 1;
        setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    });
    server.set_payload_max_length(0);  // GET only: a request has no body
    if (!cors.empty()) {
        server.set_default_headers({{"Access-Control-Allow-Origin", cors}, {"Vary", "Origin"}});
    }
    if (!server.set_mount_point("/", page_dir)) {
        std::cerr << "mss-serve: " << page_dir
                  << ": no search page folder; only the API is served\n";
    }
    server.Get("/search", json_endpoint(search));
    server.Get("/suggest", json_endpoint(suggest));
    server.Get("/stats", json_endpoint(stats));
    server.Get(R"(/articles/(.+))", article);
    server.Get("/health", json_endpoint(health));
    // Whatever the library did not answer (unknown path, over-long request line, a method other
    // than GET) is answered in JSON too.
    server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty()) {
            return;  // an endpoint's own JSON error
        }
        const std::string what = response.status == 404   ? "no such endpoint: " + request.path
                                 : response.status == 414 ? "request line too long"
                                 : response.status == 413 ? "request body too large"
                                                          : "request refused";
        send_error(response, mss::serve::error_response(response.status, "bad-request", what));
    });
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
            send_error(response, mss::serve::error_response(error));
        });
    server.set_pre_routing_handler(
        [](const httplib::Request& request, httplib::Response& response) {
            request_start = std::chrono::steady_clock::now();
            if (request.method != "GET" && request.method != "HEAD") {
                send_error(response, mss::serve::error_response(405, "bad-request",
                                                                "read-only: only GET is served"));
                return httplib::Server::HandlerResponse::Handled;
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
    if (options.count("quiet") == 0) {
        server.set_logger(log_request);
    }

    int port = address.port;
    if (port == 0) {
        port = server.bind_to_any_port(address.host);
        if (port < 0) {
            port = 0;
        }
    } else if (!server.bind_to_port(address.host, port)) {
        port = 0;
    }
    if (port == 0) {
        std::cerr << "mss-serve: cannot listen on " << listen << '\n';
        return code(ExitStatus::kFailure);
    }
    // Always printed, --quiet or not: a script that asked for port 0 reads the port here.
    std::cerr << "mss-serve: listening on http://" << address.url_host << ':' << port << "/\n";
    std::thread signal_thread(stop_on_signal, std::ref(server), std::cref(signals));
    server.listen_after_bind();
    // Stopped by a signal, or the listener failed: wake the signal thread either way.
    pthread_kill(signal_thread.native_handle(), SIGTERM);
    signal_thread.join();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    // A library error that escapes here is an internal one, but for a bad option value (a usage
    // error): the index is opened by the requests, which answer their own errors.
    return mss::cli::run_main(
        "mss-serve", [&] { return run(argc, argv); },
        [](const mss::Error& error) {
            return mss::cli::ErrorReport{error.what(),
                                         error.kind() == mss::ErrorKind::kInvalidArgument
                                             ? ExitStatus::kUsage
                                             : ExitStatus::kFailure};
        });
}
