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
#include <mss/mentions.h>
#include <mss/search.h>

#include "json_output.h"

namespace py = pybind11;

namespace {

py::object to_python(const nlohmann::ordered_json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null:
            return py::none();
        case nlohmann::json::value_t::boolean:
            return py::bool_(value.get<bool>());
        case nlohmann::json::value_t::number_integer:
            return py::int_(value.get<std::int64_t>());
        case nlohmann::json::value_t::number_unsigned:
            return py::int_(value.get<std::uint64_t>());
        case nlohmann::json::value_t::number_float:
            return py::float_(value.get<double>());
        case nlohmann::json::value_t::string:
            return py::str(value.get_ref<const std::string&>());
        case nlohmann::json::value_t::array: {
            py::list list;
            for (const auto& element : value) {
                list.append(to_python(element));
            }
            return std::move(list);
        }
        case nlohmann::json::value_t::object: {
            py::dict dict;
            for (const auto& [key, element] : value.items()) {
                dict[py::str(key)] = to_python(element);
            }
            return std::move(dict);
        }
        default:
            return py::none();
    }
}

mss::SortOrder parse_sort(const std::string& sort) {
    if (const auto order = mss::parse_sort_order(sort)) {
        return *order;
    }
    throw py::value_error("sort must be 'relevance', 'date' or '-date', not '" + sort + "'");
}

mss::DateBucket parse_bucket(const std::string& bucket) {
    if (const auto parsed = mss::parse_date_bucket(bucket)) {
        return *parsed;
    }
    throw py::value_error("date_bucket must be 'day', 'month' or 'year', not '" + bucket + "'");
}

// One reader per Index; the lock lets Python threads share an Index safely, and the GIL is
// released while searching so threads with their own Index search in parallel.
class Index {
  public:
    explicit Index(const std::string& path) : searcher_(path) {}

    py::dict search(const mss::SearchRequest& request) {
        mss::SearchResult result;
        {
            py::gil_scoped_release unlocked;
            const std::lock_guard<std::mutex> lock(mutex_);
            result = searcher_.search(request);
        }
        return to_python(mss::result_json(result));
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
    mss::Searcher searcher_;
    std::mutex mutex_;
};

// Raises the Python exception of module `mss` named `name`, with `what` and optional attributes.
void raise(const char* name, const mss::Error& error, std::optional<std::size_t> position = {}) {
    const py::object type = py::module_::import("mss").attr(name);
    py::object exception = type(error.what());
    exception.attr("exit_code") = static_cast<int>(error.code());
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
        .def(py::init<const std::string&>(), py::arg("path"),
             "Opens the index folder. Raises mss.IndexMissingError when there is none.")
        .def(
            "search",
            [](Index& index, const std::string& query, std::size_t limit, std::size_t offset,
               std::size_t snippet_chars, std::vector<std::string> person,
               std::vector<std::string> country, std::vector<std::string> organisation,
               std::vector<std::string> place, std::optional<std::string> date_from,
               std::optional<std::string> date_to, const std::string& now, const std::string& sort,
               bool facets, const std::string& date_bucket, bool exact_total) {
                mss::SearchRequest request;
                request.text = query;
                request.limit = limit;
                request.offset = offset;
                request.snippet_chars = snippet_chars;
                request.persons = std::move(person);
                request.countries = std::move(country);
                request.organisations = std::move(organisation);
                request.places = std::move(place);
                request.dates = {std::move(date_from), std::move(date_to)};
                request.now = now;
                request.sort = parse_sort(sort);
                request.facets = facets;
                request.date_bucket = parse_bucket(date_bucket);
                request.exact_total = exact_total;
                return index.search(request);
            },
            py::arg("query"), py::kw_only(), py::arg("limit") = 10, py::arg("offset") = 0,
            py::arg("snippet_chars") = 200, py::arg("person") = std::vector<std::string>{},
            py::arg("country") = std::vector<std::string>{},
            py::arg("organisation") = std::vector<std::string>{},
            py::arg("place") = std::vector<std::string>{}, py::arg("date_from") = py::none(),
            py::arg("date_to") = py::none(), py::arg("now") = "", py::arg("sort") = "relevance",
            py::arg("facets") = true, py::arg("date_bucket") = "month",
            py::arg("exact_total") = false,
            "Runs a query. Returns {'schema', 'query', 'total', 'relaxed', 'hits': [...], "
            "'facets' (unless facets=False)}, shaped exactly like mss-search --json. Raises "
            "mss.QueryError (with .position) for a query that cannot be parsed.")
        .def("article", &Index::article, py::arg("id"),
             "The stored article with this id as the dict mss-search --json --show prints "
             "({'schema', 'id', 'path', 'title', 'date', 'date_source', 'url', 'source', "
             "'author', 'entities', 'body'}), or None when the index has none.");

    // The GIL stays held while finding: a MentionFinder is used by one thread at a time.
    py::class_<mss::MentionFinder>(module, "MentionFinder",
                                   "The analyser mss-index runs, for the entity and date "
                                   "occurrences of articles (include/mss/mentions.h).")
        .def(py::init([](const std::string& data_dir, std::vector<std::string> entities) {
                 return std::make_unique<mss::MentionFinder>(
                     mss::IndexWriterOptions{data_dir, std::move(entities)});
             }),
             py::arg("data_dir") = "", py::arg("entities") = std::vector<std::string>{},
             "Loads stopwords and entity data from data_dir (empty: the installed data) plus "
             "the extra entity files, as mss-index --data-dir and --entities do.")
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
