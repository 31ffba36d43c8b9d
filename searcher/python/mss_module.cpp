// The Python module `mss`: mss::Searcher and mss::MentionFinder for scripts. Results are the dicts
// of the JSON output contracts (docs/JSON.md), built by the same code as mss-search --json and
// mss-index --explain-format json, so the two never differ.
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/mentions.h>
#include <mss/search.h>

#include "json_output.h"
#include "python_arguments.h"
#include "python_dicts.h"

namespace py = pybind11;
using mss::python::data_dir_beside;
using mss::python::parse_bucket;
using mss::python::parse_sort;
using mss::python::path_of;
using mss::python::search_request;
using mss::python::summary_dict;
using mss::python::to_python;
using mss::python::values_of_paths;

namespace {

// One reader per Index; the lock lets Python threads share an Index safely, and the GIL is
// released while searching so threads with their own Index search in parallel.
class Index {
  public:
    explicit Index(const std::string& path) : path_(path), searcher_(path) {}

    const std::string& path() const { return path_; }

    mss::SearchResult search(const mss::SearchRequest& request) {
        py::gil_scoped_release unlocked;
        const std::lock_guard<std::mutex> lock(mutex_);
        return searcher_.search(request);
    }

    py::object article(const std::string& id) {
        std::optional<mss::IndexedArticle> found;
        {
            py::gil_scoped_release unlocked;
            const std::lock_guard<std::mutex> lock(mutex_);
            found = searcher_.article(id);
        }
        return found ? to_python(mss::article_json(*found)) : py::none();
    }

  private:
    std::string path_;
    mss::Searcher searcher_;
    std::mutex mutex_;
};

// Raises the Python exception of module `mss` named `name`, with `what` and optional attributes.
void raise(const char* name, const mss::Error& error, std::optional<std::size_t> position = {}) {
    const py::object type = py::module_::import("mss").attr(name);
    py::object exception = type(error.what());
    exception.attr("kind") = mss::to_string(error.kind());
    if (position) {
        exception.attr("position") = *position;
    }
    PyErr_SetObject(type.ptr(), exception.ptr());
}

}  // namespace

PYBIND11_MODULE(mss, module) {
    module.doc() =
        "Search an mss-search index: mss.Index(path).search(query, ...) returns the result "
        "as the dict mss-search --json prints (docs/JSON.md).";

    const py::object error = py::exception<mss::Error>(module, "Error");
    py::exception<mss::QueryError>(module, "QueryError", error.ptr());
    py::exception<mss::IndexMissingError>(module, "IndexMissingError", error.ptr());
    py::register_exception_translator([](std::exception_ptr thrown) {
        try {
            if (thrown) {
                std::rethrow_exception(thrown);
            }
        } catch (const mss::QueryError& e) {
            raise("QueryError", e, e.position());
        } catch (const mss::IndexMissingError& e) {
            raise("IndexMissingError", e);
        } catch (const mss::Error& e) {
            raise("Error", e);
        }
    });

    py::class_<Index>(module, "Index", "An index opened for searching (read-only).")
        .def(
            py::init([](const py::object& path) { return std::make_unique<Index>(path_of(path)); }),
            py::arg("path"),
            "Opens the index folder. Raises mss.IndexMissingError when there is none.")
        .def(
            "search",
            [](Index& index, const std::string& query, std::size_t limit, std::size_t offset,
               std::size_t snippet_chars, const py::object& person, const py::object& country,
               const py::object& organisation, const py::object& place, const py::object& source,
               const py::object& lang, const py::object& date_from, const py::object& date_to,
               const py::object& now, const std::string& sort, bool facets,
               const std::string& date_bucket, bool exact_total, bool collapse, double time_limit) {
                mss::SearchRequest request =
                    search_request(query, person, country, organisation, place, source, lang,
                                   date_from, date_to, now);
                request.limit = limit;
                request.offset = offset;
                request.snippet_chars = snippet_chars;
                request.sort = parse_sort(sort);
                request.facets = facets;
                request.date_bucket = parse_bucket(date_bucket);
                request.exact_total = exact_total;
                request.collapse = collapse;
                request.time_limit_seconds = time_limit;
                return to_python(mss::result_json(index.search(request)));
            },
            py::arg("query"), py::kw_only(), py::arg("limit") = 10, py::arg("offset") = 0,
            py::arg("snippet_chars") = 200, py::arg("person") = py::none(),
            py::arg("country") = py::none(), py::arg("organisation") = py::none(),
            py::arg("place") = py::none(), py::arg("source") = py::none(),
            py::arg("lang") = py::none(), py::arg("date_from") = py::none(),
            py::arg("date_to") = py::none(), py::arg("now") = py::none(),
            py::arg("sort") = "relevance", py::arg("facets") = true,
            py::arg("date_bucket") = "month", py::arg("exact_total") = false,
            py::arg("collapse") = true, py::arg("time_limit") = 0.0,
            "Runs a query. Returns {'schema', 'query', 'total', 'relaxed', 'hits': [...], "
            "'facets' (unless facets=False)}, shaped exactly like mss-search --json. person, "
            "country, organisation, place, source and lang (en, fr, ht or a name) take a str or a "
            "list of alternatives; "
            "date_from, "
            "date_to and now a str or a datetime.date. Near-copies of an article are one hit with "
            "its 'duplicates' unless collapse=False. time_limit is in seconds (0: none). Raises "
            "mss.QueryError (with .position) for a query that cannot be parsed, and mss.Error "
            "with kind 'time-limit' for a search that ran past time_limit.")
        .def("article", &Index::article, py::arg("id"),
             "The stored article with this id as the dict mss-search --json --show prints "
             "({'schema', 'id', 'path', 'title', 'date', 'date_source', 'url', 'source', "
             "'author', 'lang', 'entities', 'body'}), or None when the index has none.")
        .def(
            "count",
            [](Index& index, const std::string& query, const py::object& person,
               const py::object& country, const py::object& organisation, const py::object& place,
               const py::object& source, const py::object& lang, const py::object& date_from,
               const py::object& date_to, const py::object& now, double time_limit) {
                mss::SearchRequest request =
                    search_request(query, person, country, organisation, place, source, lang,
                                   date_from, date_to, now);
                request.time_limit_seconds = time_limit;
                request.limit = 0;
                request.snippet_chars = 0;
                request.facets = false;
                request.exact_total = true;
                request.search_suggestion = false;  // the count of the query as typed
                return index.search(request).total;
            },
            py::arg("query"), py::kw_only(), py::arg("person") = py::none(),
            py::arg("country") = py::none(), py::arg("organisation") = py::none(),
            py::arg("place") = py::none(), py::arg("source") = py::none(),
            py::arg("lang") = py::none(), py::arg("date_from") = py::none(),
            py::arg("date_to") = py::none(), py::arg("now") = py::none(),
            py::arg("time_limit") = 0.0,
            "The exact number of articles matching the query and filters (as mss-search "
            "--count --exact prints it). time_limit is in seconds (0: none), as for search().")
        .def(
            "stats",
            [](const Index& index) {
                return to_python(mss::stats_json(mss::read_index_stats(index.path())));
            },
            "What the index holds, as the dict mss-serve's /stats gives (docs/JSON.md): "
            "{'schema', 'generation', 'articles', 'dated', 'first_date', 'last_date', "
            "'entities': {'person', 'country', 'organisation', 'place'}, 'bytes', "
            "'sources': [{'root', 'articles'}], 'format', 'last_run'}.");

    module.def("like_query_text", &mss::like_query_text, py::arg("article_id"),
               "The query text 'like:\"ID\"' that ranks the articles most related to the article "
               "with this id (docs/QUERY.md, 'More like this').");

    module.def(
        "update_index",
        [](const py::object& index, const py::object& paths, bool rebuild, bool delete_missing,
           bool dry_run, const py::object& data_dir, const py::object& entities, unsigned threads) {
            mss::IndexRunOptions options;
            options.rebuild = rebuild;
            options.delete_missing = delete_missing;
            options.dry_run = dry_run;
            options.data_dir = data_dir.is_none() ? data_dir_beside(py::module_::import("mss"))
                                                  : path_of(data_dir);
            for (const py::handle entity : values_of_paths(entities)) {
                options.entity_files.push_back(path_of(entity));
            }
            options.threads = threads;
            std::vector<std::string> sources;
            for (const py::handle path : values_of_paths(paths)) {
                sources.push_back(path_of(path));
            }
            std::vector<mss::SourceWarning> warnings;
            mss::IndexRunObserver observer;
            observer.on_warning = [&](const mss::SourceWarning& w) { warnings.push_back(w); };
            const std::string index_dir = path_of(index);
            mss::IndexRunSummary summary;
            {
                py::gil_scoped_release unlocked;
                summary = mss::update_index(index_dir, sources, options, observer);
            }
            py::list warning_list;
            for (const mss::SourceWarning& warning : warnings) {
                warning_list.append(py::str(warning.where + ": " + warning.message));
            }
            return summary_dict(summary, warning_list);
        },
        py::arg("index"), py::arg("paths"), py::kw_only(), py::arg("rebuild") = false,
        py::arg("delete_missing") = true, py::arg("dry_run") = false,
        py::arg("data_dir") = py::none(), py::arg("entities") = py::none(), py::arg("threads") = 0,
        "Makes the index at `index` match `paths` (a path or a list of them: files or folders), "
        "as mss-index does: new and changed articles are indexed, unchanged ones skipped, and "
        "with delete_missing the articles whose source disappeared are removed. Returns "
        "{'added', 'updated', 'unchanged', 'deleted', 'kept', 'skipped', 'repaired', 'rebuilt', "
        "'rebuild_reason', 'interrupted', 'wrote', 'seconds', 'articles', 'index_bytes', "
        "'peak_rss_kib', 'warnings'}, the counts of the run record /stats shows as 'last_run'. "
        "Raises mss.Error when another writer holds the index or a path does not exist.");

    // The GIL stays held while finding: a MentionFinder is used by one thread at a time.
    py::class_<mss::MentionFinder>(module, "MentionFinder",
                                   "The analyser mss-index runs, for the entity and date "
                                   "occurrences of articles (include/mss/mentions.h).")
        .def(py::init([](const py::object& data_dir, const py::object& entities) {
                 mss::IndexWriterOptions options;
                 options.data_dir = data_dir.is_none() ? data_dir_beside(py::module_::import("mss"))
                                                       : path_of(data_dir);
                 for (const py::handle entity : values_of_paths(entities)) {
                     options.entity_files.push_back(path_of(entity));
                 }
                 return std::make_unique<mss::MentionFinder>(options);
             }),
             py::arg("data_dir") = py::none(), py::arg("entities") = py::none(),
             "Loads stopwords and entity data from data_dir (None: the data installed with "
             "this module) plus the extra entity files, as mss-index --data-dir and --entities "
             "do.")
        .def(
            "find",
            [](mss::MentionFinder& finder, const std::string& title, const std::string& body,
               std::optional<std::string> date, const std::string& id) {
                mss::Article article;
                article.id = id;
                article.path = id;
                article.title = title;
                article.body = body;
                article.date = std::move(date);
                const std::string line = mss::mentions_to_json(article, finder.find(article));
                return py::module_::import("json").attr("loads")(line);
            },
            py::arg("title"), py::arg("body"), py::kw_only(), py::arg("date") = py::none(),
            py::arg("id") = "",
            "Returns {'id', 'path', 'date', 'date_source', 'entities': [...], 'dates': [...]}, "
            "shaped exactly like a line of mss-index --explain-format json: each occurrence's "
            "'begin' and 'end' index the str title or body, so body[o['begin']:o['end']] is "
            "o['text'].");
}
