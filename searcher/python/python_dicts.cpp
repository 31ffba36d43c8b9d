#include "python_dicts.h"

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
    py::dict dict;
    dict["added"] = summary.added;
    dict["updated"] = summary.updated;
    dict["unchanged"] = summary.unchanged;
    dict["deleted"] = summary.deleted;
    dict["kept"] = summary.kept;
    dict["skipped"] = summary.skipped;
    dict["repaired"] = summary.repaired;
    dict["rebuilt"] = summary.rebuilt;
    dict["rebuild_reason"] = summary.rebuild_reason;
    dict["interrupted"] = summary.interrupted;
    dict["articles"] = summary.article_count;
    dict["index_bytes"] = summary.index_bytes;
    dict["seconds"] = summary.seconds;
    dict["warnings"] = warnings;
    return dict;
}

py::dict stats_dict(const IndexStats& stats) {
    py::dict dict;
    dict["articles"] = stats.articles;
    dict["dated"] = stats.dated;
    dict["first_date"] = stats.first_date ? py::object(py::str(*stats.first_date)) : py::none();
    dict["last_date"] = stats.last_date ? py::object(py::str(*stats.last_date)) : py::none();
    dict["people"] = stats.persons;
    dict["countries"] = stats.countries;
    dict["organisations"] = stats.organisations;
    dict["places"] = stats.places;
    dict["bytes"] = stats.bytes;
    py::dict sources;
    for (const auto& [path, count] : stats.sources) {
        sources[py::str(path)] = count;
    }
    dict["sources"] = sources;
    dict["format"] = stats.format;
    dict["generation"] = stats.generation;
    return dict;
}

}  // namespace mss::python
