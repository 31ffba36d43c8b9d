// Fields of the query language: date:, mentions:, title:, like:, source: and the entity fields.
#include "query/query_compiler.h"

#include <mss/error.h>

#include "analysis/source_id.h"
#include "query/entity_field.h"
#include "query/mentioned_dates.h"
#include "schema.h"
#include "stories/more_like_this.h"

namespace mss {

std::optional<Compiled> QueryCompiler::field(const QueryNode& node) {
    if (node.field == "date") {
        try {
            return Compiled{date_filter(parse_date_range(node.text, context_.now)), false};
        } catch (const QueryError& e) {
            throw QueryError(std::string("date: ") + e.what(), node.position + e.position());
        }
    }
    if (node.field == "mentions") {
        try {
            const DateRange range = parse_date_range(node.text, context_.now);
            return Compiled{mentioned_dates_query(context_.database, range), false};
        } catch (const QueryError& e) {
            throw QueryError(std::string("mentions: ") + e.what(), node.position + e.position());
        }
    }
    if (node.field == "title") {
        return title(node);
    }
    if (node.field == "like") {
        if (context_.database == nullptr) {
            throw QueryError("like: needs an index", node.position);
        }
        // Spent before the article is read: each like: is a search of its own (relevance
        // feedback over the article's terms), and 368 of them took 5 s of CPU and 217 MB.
        budget_.spend(kLikeTerms, "like:" + node.text, node.position);
        return Compiled{more_like_this(*context_.database, context_.analyzer.stopwords(), node.text,
                                       node.position),
                        true};
    }
    if (node.field == "lang") {
        const auto language = parse_language(node.text);
        if (!language) {
            throw QueryError("lang: '" + node.text +
                                 "' is not a language of the index (en, fr or ht, or English, "
                                 "French, Haitian Creole)",
                             node.position);
        }
        return Compiled{Xapian::Query(schema::language_term(*language)), false};
    }
    if (node.field == "source") {
        const std::string id = source_id(context_.analyzer, node.text);
        if (id.empty()) {
            throw QueryError("source: the value has no words", node.position);
        }
        return Compiled{Xapian::Query(schema::kSourcePrefix + id), false};
    }
    const auto kind = parse_kind(node.field);
    const EntityFieldQuery resolved = entity_field_query(
        *kind, node.text, node.position, context_.entities, context_.analyzer, terms_,
        context_.database, context_.positional_guard, context_.surname_links);
    if (!resolved.note.empty()) {
        notes_.push_back(resolved.note);
    }
    // Scored either way: an entity term weighs by how much the article is about the entity
    // (its wdf), so a query of fields alone is ranked.
    return Compiled{resolved.query, true};
}

std::optional<Compiled> QueryCompiler::title(const QueryNode& node) {
    const auto tokens = context_.analyzer.analyze(node.text);
    if (tokens.empty()) {
        throw QueryError("title: the value has no words", node.position);
    }
    if (tokens.size() == 1 && !node.quoted) {
        // The word's forms in each language searched, as one synonym.
        std::vector<Xapian::Query> forms;
        for (const Language language : languages_) {
            const auto read = context_.analyzer.analyze(node.text, language);
            if (read.size() != 1) {
                continue;
            }
            remember_stem(read.front(), language);
            forms.push_back(any_form(schema::title_stem_prefix(language), schema::kTitlePrefix,
                                     read.front().stem, language));
        }
        if (!forms.empty()) {
            return Compiled{forms.size() == 1 ? forms.front()
                                              : Xapian::Query(Xapian::Query::OP_SYNONYM,
                                                              forms.begin(), forms.end()),
                            true};
        }
    }
    std::vector<Xapian::Query> words;
    for (const Token& token : tokens) {
        words.emplace_back(schema::kTitlePrefix + token.word);
    }
    highlight_phrase(tokens);
    return Compiled{phrase_of(words, context_.positional_guard), true};
}

}  // namespace mss
