#include "render/article_renderer.h"

#include <string_view>

#include <mss/terminal_text.h>

#include "json_output.h"

namespace mss {
namespace {

void write_field(std::ostream& out, std::string_view label, std::string_view value) {
    if (!value.empty()) {
        out << label << ": " << terminal_text(value) << '\n';
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
    // Article text never drives the terminal; the body keeps its line breaks, each line shown
    // through terminal_text().
    out << terminal_text(article.title) << '\n';
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
    out << '\n';
    std::string_view body = article.body;
    for (std::size_t end; (end = body.find('\n')) != std::string_view::npos;
         body.remove_prefix(end + 1)) {
        out << terminal_text(body.substr(0, end)) << '\n';
    }
    out << terminal_text(body) << '\n';
    if (!article.body.empty() && article.body.back() != '\n') {
        out << '\n';
    }
}

void write_article_json(const IndexedArticle& article, std::ostream& out) {
    out << escape_json_controls(dump_json(article_json(article))) << '\n';
}

}  // namespace mss
