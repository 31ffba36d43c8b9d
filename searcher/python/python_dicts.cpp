#include "python_dicts.h"

#include "run_record.h"

namespace mss::python {

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

py::dict summary_dict(const IndexRunSummary& summary, const py::list& warnings) {
    py::dict dict = to_python(run_summary_json(summary)).cast<py::dict>();
    dict["warnings"] = warnings;
    return dict;
}

}  // namespace mss::python
