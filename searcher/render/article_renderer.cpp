#include "render/article_renderer.h"

#include <string_view>

#include "json_output.h"

namespace mss {
namespace {

void write_field(std::ostream& out, std::string_view label, std::string_view value) {
    if (!value.empty()) {
        out << label << ": " << value << '\n';
    }
}

void write_entities(std::ostream& out, std::string_view label, const std::vector<EntityRef>& refs) {
    std::string names;
    for (const EntityRef& ref : refs) {
        names += (names.empty() ? "" : ", ") + ref.name;
    }
    write_field(out, label, names);
}

}  // namespace

void write_article_text(const IndexedArticle& indexed, std::ostream& out) {
    const Article& article = indexed.article;
    out << article.title << '\n';
    out << "date: " << article.date.value_or("undated");
    if (article.date) {
        out << " (" << indexed.date_source << ")";
    }
    out << '\n';
    write_field(out, "source", article.source);
    write_field(out, "author", article.author);
    write_field(out, "url", article.url);
    write_field(out, "path", article.path);
    write_field(out, "id", article.id);
    write_entities(out, "person", indexed.entities.person);
    write_entities(out, "country", indexed.entities.country);
    write_entities(out, "organisation", indexed.entities.organisation);
    write_entities(out, "place", indexed.entities.place);
    out << '\n' << article.body << '\n';
    if (!article.body.empty() && article.body.back() != '\n') {
        out << '\n';
    }
}

void write_article_json(const IndexedArticle& article, std::ostream& out) {
    out << dump_json(article_json(article)) << '\n';
}

}  // namespace mss
