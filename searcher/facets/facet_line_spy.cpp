#include "facets/facet_line_spy.h"

#include <algorithm>

#include "schema.h"

namespace mss {

namespace {

bool is_one_word_person(const schema::FacetLine& line) {
    return line.kind == schema::kPersonFacet && !line.id.empty() &&
           line.id.find('-') == std::string_view::npos;
}

}  // namespace

bool has_one_word_person(std::string_view value) {
    bool found = false;
    schema::for_each_facet_line(
        value, [&](const schema::FacetLine& line) { found = found || is_one_word_person(line); });
    return found;
}

void FacetLineSpy::operator()(const Xapian::Document& document, double) {
    ++total_;
    const std::string value = document.get_value(schema::kFacetsSlot);
    if (value.empty()) {
        return;
    }
    // The value is split once: its lines decide whether it is kept whole, and are then counted.
    match_lines_.clear();
    schema::for_each_facet_line(
        value, [&](const schema::FacetLine& line) { match_lines_.push_back(line); });
    if (std::any_of(match_lines_.begin(), match_lines_.end(), is_one_word_person)) {
        ++one_word_people_[value];
        return;
    }
    counted_.clear();
    for (const schema::FacetLine& line : match_lines_) {
        if (line.id.empty()) {
            continue;
        }
        key_.assign(1, line.kind);
        key_.append(line.id.data(), line.id.size());
        if (line.kind == schema::kDayFacet) {
            ++days_[key_.substr(1)];  // eight characters: no allocation
            continue;
        }
        auto found = lines_.find(key_);
        if (found == lines_.end()) {
            found = lines_.emplace(key_, Line{}).first;
        }
        Line& counted = found->second;
        const std::string_view name = line.name.empty() ? line.id : line.name;
        const auto named = std::find_if(counted.names.begin(), counted.names.end(),
                                        [&](const auto& entry) { return entry.first == name; });
        if (named == counted.names.end()) {
            counted.names.emplace_back(std::string(name), 1);
        } else {
            ++named->second;
        }
        if (std::find(counted_.begin(), counted_.end(), &counted) == counted_.end()) {
            counted_.push_back(&counted);
            ++counted.count;
        }
    }
}

}  // namespace mss
