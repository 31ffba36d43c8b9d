#include "article_reader.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace mss_bench {

ArticleReader::ArticleReader(const std::string& path) : in_(path), path_(path) {
    if (!in_) {
        throw std::runtime_error("cannot open articles file " + path);
    }
}

bool ArticleReader::next(Article& article) {
    while (std::getline(in_, line_)) {
        ++line_number_;
        if (line_.empty()) {
            continue;
        }
        try {
            const auto json = nlohmann::json::parse(line_);
            article.id = json.at("id").get<std::string>();
            article.title = json.value("title", "");
            article.body = json.value("body", "");
            const auto date = json.find("date");
            article.date =
                (date != json.end() && date->is_string()) ? date->get<std::string>() : "";
        } catch (const nlohmann::json::exception& error) {
            throw std::runtime_error(path_ + ":" + std::to_string(line_number_) + ": " +
                                     error.what());
        }
        return true;
    }
    return false;
}

}  // namespace mss_bench
