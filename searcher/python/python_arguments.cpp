#include "python_arguments.h"

#include <filesystem>

namespace mss::python {

SortOrder parse_sort(const std::string& sort) {
    if (const auto order = mss::parse_sort_order(sort)) {
        return *order;
    }
    throw py::value_error("sort must be 'relevance', 'date' or '-date', not '" + sort + "'");
}

DateBucket parse_bucket(const std::string& bucket) {
    if (const auto parsed = mss::parse_date_bucket(bucket)) {
        return *parsed;
    }
    throw py::value_error("date_bucket must be 'day', 'month' or 'year', not '" + bucket + "'");
}

std::string path_of(const py::handle& value) {
    return py::str(py::module_::import("os").attr("fsdecode")(value)).cast<std::string>();
}

std::vector<std::string> values_of(const py::handle& value) {
    if (value.is_none()) {
        return {};
    }
    if (py::isinstance<py::str>(value)) {
        return {value.cast<std::string>()};
    }
    std::vector<std::string> values;
    for (const py::handle item : value) {
        values.push_back(py::str(item).cast<std::string>());
    }
    return values;
}

std::optional<std::string> date_of(const py::handle& value) {
    if (value.is_none()) {
        return std::nullopt;
    }
    if (py::isinstance<py::str>(value)) {
        return value.cast<std::string>();
    }
    const py::module_ datetime = py::module_::import("datetime");
    if (py::isinstance(value, datetime.attr("datetime"))) {
        return value.attr("date")().attr("isoformat")().cast<std::string>();
    }
    if (py::isinstance(value, datetime.attr("date"))) {
        return value.attr("isoformat")().cast<std::string>();
    }
    throw py::type_error("a date is a str or a datetime.date, not " +
                         py::str(py::type::of(value)).cast<std::string>());
}

std::string data_dir_beside(const py::module_& module) {
    namespace fs = std::filesystem;
    const fs::path here = fs::path(module.attr("__file__").cast<std::string>()).parent_path();
    for (const fs::path& candidate :
         {here / ".." / "share" / "mss", here / ".." / ".." / ".." / "share" / "mss"}) {
        std::error_code ignored;
        if (fs::is_directory(candidate / "stopwords", ignored)) {
            return candidate.lexically_normal().string();
        }
    }
    return "";
}

py::list values_of_paths(const py::handle& value) {
    py::list list;
    if (value.is_none()) {
        return list;
    }
    if (py::isinstance<py::str>(value) || py::isinstance<py::bytes>(value) ||
        py::hasattr(value, "__fspath__")) {
        list.append(value);
        return list;
    }
    for (const py::handle item : value) {
        list.append(item);
    }
    return list;
}

SearchRequest search_request(const std::string& query, const py::object& person,
                             const py::object& country, const py::object& organisation,
                             const py::object& place, const py::object& source,
                             const py::object& lang, const py::object& date_from,
                             const py::object& date_to, const py::object& now) {
    mss::SearchRequest request;
    request.text = query;
    request.persons = values_of(person);
    request.countries = values_of(country);
    request.organisations = values_of(organisation);
    request.places = values_of(place);
    request.sources = values_of(source);
    request.languages = values_of(lang);
    request.dates = {date_of(date_from), date_of(date_to)};
    request.now = date_of(now).value_or("");
    return request;
}

}  // namespace mss::python
