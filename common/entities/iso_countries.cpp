#include "entities/iso_countries.h"

#include <memory>

#include <unicode/locdspnm.h>
#include <unicode/locid.h>

namespace mss {
namespace {

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// The ways a region's ICU name is written in running text.
std::vector<std::string> name_variants(const std::string& name) {
    std::vector<std::string> variants{name};
    if (const auto open = name.find(" ("), close = name.find(')');
        open != std::string::npos && close != std::string::npos && close > open) {
        variants.push_back(name.substr(0, open));
        variants.push_back(name.substr(open + 2, close - open - 2));
    }
    if (name.find(" SAR China") != std::string::npos) {
        variants.push_back(replace_all(name, " SAR China", ""));
    }
    if (name.find(" & ") != std::string::npos) {
        variants.push_back(replace_all(name, " & ", " and "));
    }
    if (name.rfind("St. ", 0) == 0) {
        variants.push_back("Saint " + name.substr(4));
    }
    return variants;
}

// "ke" from "KE".
std::string region_id(const char* code) {
    std::string id(code);
    for (char& c : id) {
        c = static_cast<char>(c - 'A' + 'a');
    }
    return id;
}

}  // namespace

EntityRegistry iso_countries() {
    EntityRegistry registry;
    UDisplayContext short_names[] = {UDISPCTX_LENGTH_SHORT};  // ICU takes a non-const array
    const std::unique_ptr<icu::LocaleDisplayNames> short_display(
        icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish(), short_names, 1));
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        icu::UnicodeString display;
        icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
        const std::string name = to_utf8(display);
        const std::string id = region_id(*code);
        if (name.empty() || name == *code) {  // ICU knows the code but has no English name
            continue;
        }
        Entity entity{EntityKind::kCountry, id, name, name_variants(name), {}};
        if (short_display) {
            icu::UnicodeString short_name;
            short_display->regionDisplayName(*code, short_name);
            if (!short_name.isBogus() && to_utf8(short_name) != name) {
                entity.aliases.push_back(to_utf8(short_name));
            }
        }
        registry.add(std::move(entity));
    }
    return registry;
}

EntityRegistry iso_countries_in_french(const std::unordered_set<std::string>& left_out) {
    EntityRegistry registry;
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        icu::UnicodeString display;
        icu::Locale("", *code).getDisplayCountry(icu::Locale::getFrench(), display);
        const std::string name = to_utf8(display);
        if (name.empty() || name == *code) {  // ICU knows the code but has no French name
            continue;
        }
        Entity entity{EntityKind::kCountry, region_id(*code), "", {}, {}};
        for (std::string& variant : name_variants(name)) {
            if (left_out.count(alias_key(variant)) == 0) {
                entity.aliases.push_back(std::move(variant));
            }
        }
        if (!entity.aliases.empty()) {
            registry.add(std::move(entity));
        }
    }
    return registry;
}

}  // namespace mss
