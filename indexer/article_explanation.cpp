// mss-index --explain: the analysis of each article, printed for a person to check.
#include <ostream>

#include <mss/index.h>
#include <mss/mentions.h>

#include "article_analysis.h"

namespace mss {
namespace {

std::string_view span_text(std::string_view text, std::size_t begin, std::size_t end) {
    return text.substr(begin, end - begin);
}

void explain_tokens(std::ostream& out, std::string_view text, const std::vector<Token>& tokens) {
    for (const Token& token : tokens) {
        out << "    " << token.begin << '-' << token.end << "  "
            << span_text(text, token.begin, token.end) << "  -> " << token.word;
        if (token.stopword) {
            out << "  (stopword)";
        } else if (token.stem != token.word) {
            out << "  stem " << token.stem;
        }
        if (!token.compound.empty()) {
            out << "  compound " << token.compound;
        }
        out << '\n';
    }
}

void explain_field(std::ostream& out, const char* name, std::string_view text,
                   const FieldAnalysis& field) {
    out << "  " << name << " entities:\n";
    for (const EntityMention& mention : field.entities) {
        out << "    " << mention.char_begin << '-' << mention.char_end << " [" << mention.begin
            << '-' << mention.end << "]  " << span_text(text, mention.begin, mention.end) << "  -> "
            << kind_name(mention.kind) << ' ' << mention.id << " (" << mention.name << ")  by "
            << mention.evidence << '\n';
    }
    out << "  " << name << " dates:\n";
    for (const DateMention& date : field.dates) {
        out << "    " << date.char_begin << '-' << date.char_end << " [" << date.begin << '-'
            << date.end << "]  " << span_text(text, date.begin, date.end) << "  -> " << date.value
            << (date.last_day.empty() ? "" : ".." + date.last_day) << "  (" << date.how << ")\n";
    }
    out << "  " << name << " words:\n";
    explain_tokens(out, text, field.tokens);
}

void explain_facet(std::ostream& out, const char* kind, const std::vector<EntityRef>& refs) {
    out << "  " << kind << ':';
    for (const EntityRef& ref : refs) {
        out << ' ' << ref.id << " (" << ref.name << ')';
    }
    out << '\n';
}

}  // namespace

void explain_articles(const std::string& path, const IndexWriterOptions& options, std::ostream& out,
                      const WarningSink& on_warning, ExplainFormat format) {
    if (format == ExplainFormat::kJson) {
        MentionFinder finder(options);
        read_articles(
            path,
            [&](Article&& article) {
                out << mentions_to_json(article, finder.find(article)) << '\n';
            },
            on_warning);
        return;
    }
    const auto analyser = load_article_analyser(options.data_dir, options.entity_files);
    read_articles(
        path,
        [&](Article&& article) {
            ArticleAnalysis analysis = analyser->analyse(article);
            add_char_offsets(article, analysis);
            out << "article " << article.id << "  (" << article.path << ")\n";
            out << "  date: " << analysis.date.date.value_or("none") << "  (source "
                << analysis.date.source << ")\n";
            const LanguageChoice& language = analysis.language;
            out << "  language: " << language_code(language.language) << "  ("
                << (language.evidence == LanguageEvidence::kDeclared   ? "declared"
                    : language.evidence == LanguageEvidence::kDetected ? "read by CLD2"
                                                                       : "fallback")
                << ")\n";
            explain_facet(out, "person", analysis.entities.person);
            explain_facet(out, "country", analysis.entities.country);
            explain_facet(out, "organisation", analysis.entities.organisation);
            explain_facet(out, "place", analysis.entities.place);
            out << "  entity and date offsets are characters (Unicode code points) into the "
                   "headline "
                   "or the body as read, [UTF-8 bytes] after them; word offsets are bytes\n";
            explain_field(out, "headline", article.title, analysis.title);
            explain_field(out, "body", article.body, analysis.body);
            out << '\n';
        },
        on_warning);
}

}  // namespace mss
