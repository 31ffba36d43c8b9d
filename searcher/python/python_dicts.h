// The dicts the Python module `mss` returns: any JSON value of the output contracts
// (docs/JSON.md) as the Python object json.loads would give, and the summary of an index run.
//
// Thread-safety: call with the GIL held.
#pragma once

#include <pybind11/pybind11.h>
#include <nlohmann/json.hpp>

#include <mss/index.h>

namespace mss::python {

namespace py = pybind11;

// `value` as Python's json module reads it: null None, objects dicts in their order, and so on.
py::object to_python(const nlohmann::ordered_json& value);

// What update_index() returns: the counts of `summary` as the run record holds them
// (run_record.h), and the `warnings` of the run.
py::dict summary_dict(const IndexRunSummary& summary, const py::list& warnings);

}  // namespace mss::python
