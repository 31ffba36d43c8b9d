#include "query/query_builder.h"

#include <optional>
#include <set>

#include <mss/error.h>

#include "dates/iso_date.h"
#include "query/posting_list_budget.h"
#include "query/query_compiler.h"
#include "query/request_filters.h"

namespace mss {
namespace {

using Kind = QueryNode::Kind;

// The languages free words are searched in: those of the index, or those lang: (at the top level
// of the query, where it holds for every word) and SearchRequest::languages ask for.
std::vector<Language> searched_languages(const std::vector<const QueryNode*>& nodes,
                                         const SearchRequest& request,
                                         const QueryContext& context) {
    std::set<Language> asked;
    for (const QueryNode* node : nodes) {
        if (node->kind == Kind::kField && node->field == "lang") {
            if (const auto language = parse_language(node->text)) {
                asked.insert(*language);
            }
        }
    }
    for (const std::string& value : request.languages) {
        if (const auto language = parse_language(value)) {
            asked.insert(*language);
        }
    }
    if (asked.empty()) {
        return context.languages;
    }
    return {asked.begin(), asked.end()};
}

void collect_free_words(const QueryNode& node, std::vector<TypedWord>& words) {
    if (node.kind == Kind::kWord && !node.prefix) {
        words.push_back({node.text, node.position});
    } else if (node.kind == Kind::kAnd || node.kind == Kind::kOr) {
        for (const QueryNode& child : node.children) {
            collect_free_words(child, words);
        }
    }
}

}  // namespace

BuiltQuery build_query(const QueryNode& root, const SearchRequest& request, QueryContext& context) {
    if (!is_valid_iso_date(context.now)) {
        throw InvalidArgumentError("today's date must be a day written YYYY-MM-DD, not '" +
                                   context.now + "'");
    }
    std::vector<const QueryNode*> nodes;
    if (root.kind == Kind::kAnd) {
        for (const QueryNode& child : root.children) {
            nodes.push_back(&child);
        }
    } else {
        nodes.push_back(&root);
    }
    // Top-level dates are kept apart so the undated articles they leave out can be counted.
    std::vector<const QueryNode*> date_nodes, others;
    for (const QueryNode* node : nodes) {
        const bool is_date = node->kind == Kind::kField && node->field == "date";
        (is_date ? date_nodes : others).push_back(node);
    }
    const std::optional<Xapian::Query> flag_dates = request_date_filter(request, context.now);
    const std::vector<Language> languages = searched_languages(nodes, request, context);
    // A query of stopwords alone ("the who") still searches them, exactly.
    for (const bool keep_stopwords : {false, true}) {
        BuiltQuery built;
        built.terms.aliases = &context.aliases;
        QueryCompiler compiler(context, built.terms, built.notes, keep_stopwords, languages);
        std::vector<Xapian::Query> dates;
        if (flag_dates) {
            dates.push_back(*flag_dates);
        }
        for (const QueryNode* node : date_nodes) {
            dates.push_back(compiler.compile(*node)->query);
        }
        QueryCompiler::Conjunction parts;
        compiler.add_to(parts, others);
        add_request_filters(parts, request, context, built.terms, built.notes);
        const auto base = QueryCompiler::combine(parts, false);
        if (!base && dates.empty()) {
            continue;
        }
        // Only words that are stopwords in some language ("la" alone): searched exactly, as a
        // query of stopwords is, not as every article of the language that drops them.
        if (!keep_stopwords && compiler.partly_stopped_words() != 0 &&
            compiler.partly_stopped_words() == parts.words.size() && parts.scored.empty() &&
            parts.filters.empty() && dates.empty()) {
            continue;
        }
        Xapian::Query all = base ? base->query : Xapian::Query::MatchAll;
        std::optional<Xapian::Query> windowless;
        if (base && parts.near_words.size() >= 2) {
            windowless = QueryCompiler::combine(parts, false, false)->query;
            if (posting_lists(all) > kMaxPostingLists) {  // the memory budget
                all = *windowless;
                windowless.reset();
                built.notes.push_back(
                    "the query is long: its matches are ranked without the "
                    "weight of words standing close together");
            }
        }
        built.strict = all;
        if (!dates.empty()) {
            built.strict = Xapian::Query(Xapian::Query::OP_FILTER, all, all_of(dates));
            built.undated_probe = Xapian::Query(Xapian::Query::OP_AND_NOT, all, any_dated());
        }
        if (windowless) {
            built.strict_without_proximity =
                dates.empty() ? *windowless
                              : Xapian::Query(Xapian::Query::OP_FILTER, *windowless, all_of(dates));
        }
        // Only two or more free words can be let go; an AND typed between the parts keeps them all.
        if (parts.words.size() >= 2 && !(root.kind == Kind::kAnd && root.explicit_and)) {
            built.relaxed = QueryCompiler::combine(parts, true)->query;
            if (!dates.empty()) {
                built.relaxed =
                    Xapian::Query(Xapian::Query::OP_FILTER, built.relaxed, all_of(dates));
            }
        }
        return built;
    }
    throw QueryError("query has no words to search for", 0);
}

std::vector<TypedWord> free_words(const QueryNode& root) {
    std::vector<TypedWord> words;
    collect_free_words(root, words);
    return words;
}

}  // namespace mss
