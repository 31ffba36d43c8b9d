// The arguments of the Python module `mss` read as the library takes them: paths from str, bytes
// or os.PathLike, a list of values from a single str or any iterable, dates from str or
// datetime.date, sort orders and date buckets by name. A bad value raises ValueError or
// TypeError, as Python's own calls do.
//
// Thread-safety: call with the GIL held.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pybind11/pybind11.h>

#include <mss/search.h>

namespace mss::python {

namespace py = pybind11;

// "relevance", "date" or "-date"; raises ValueError for another name.
SortOrder parse_sort(const std::string& sort);

// "day", "month" or "year"; raises ValueError for another name.
DateBucket parse_bucket(const std::string& bucket);

// A path argument: str, bytes or any os.PathLike (pathlib.Path), as Python's own file calls take.
std::string path_of(const py::handle& value);

// A list of values: a single str is one value, None none, any other iterable its items.
std::vector<std::string> values_of(const py::handle& value);

// A date argument: None, a str in any form the query language takes for dates ("2025-01",
// "last-week"), or a datetime.date (a datetime.datetime counts by its calendar day); raises
// TypeError for another type.
std::optional<std::string> date_of(const py::handle& value);

// Paths: one path (str, bytes, os.PathLike) or an iterable of them; None is none.
py::list values_of_paths(const py::handle& value);

// The data folder the module was installed with: share/mss beside the build tree's python/
// folder, or beside the prefix of lib/python3/dist-packages. Empty when neither holds the data,
// and the library then looks where it was installed.
std::string data_dir_beside(const py::module_& module);

// The query and the filters the search calls share.
SearchRequest search_request(const std::string& query, const py::object& person,
                             const py::object& country, const py::object& organisation,
                             const py::object& place, const py::object& source,
                             const py::object& lang, const py::object& date_from,
                             const py::object& date_to, const py::object& now);

}  // namespace mss::python
