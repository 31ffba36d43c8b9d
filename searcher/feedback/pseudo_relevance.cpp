#include "feedback/pseudo_relevance.h"

#include <vector>

#include "schema.h"

namespace mss {
namespace {

// Words that are not stopwords (no prefix) and stems (Z, not the headline's ZS): the terms that
// carry meaning in free text. Entity, date and id terms are boolean and add no BM25 weight.
class FeedbackTerms : public Xapian::ExpandDecider {
  public:
    explicit FeedbackTerms(const StopwordList& stopwords) : stopwords_(stopwords) {}
    bool operator()(const std::string& term) const override {
        const unsigned char first = static_cast<unsigned char>(term.front());
        if (!(first >= 'A' && first <= 'Z')) {
            return !stopwords_.contains(term);
        }
        return term.rfind(schema::kStemPrefix, 0) == 0 &&
               term.rfind(schema::kTitleStemPrefix, 0) != 0;
    }

  private:
    const StopwordList& stopwords_;
};

Xapian::Query with_expansion(const Xapian::Query& query, const Xapian::Query& expansion) {
    if (query.empty()) {
        return query;
    }
    return Xapian::Query(
        Xapian::Query::OP_AND_MAYBE,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, kOriginalQueryWeight),
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, expansion, 1.0 - kOriginalQueryWeight));
}

}  // namespace

bool is_verbose_query(const QueryNode& root, Analyzer& analyzer) {
    std::size_t words = 0;
    for (const TypedWord& typed : free_words(root)) {
        for (const Token& token : analyzer.analyze(typed.text)) {
            words += !token.stopword;
        }
    }
    return words >= kFeedbackMinWords;
}

void add_feedback(const Xapian::Database& database, const StopwordList& stopwords,
                  const Xapian::Weight& weight, BuiltQuery& built) {
    Xapian::Enquire enquire(database);
    enquire.set_query(built.relaxed.empty() ? built.strict : built.relaxed);
    enquire.set_weighting_scheme(weight);
    const Xapian::MSet best = enquire.get_mset(0, kFeedbackDocuments);
    if (best.empty()) {
        return;
    }
    Xapian::RSet relevant;
    for (auto match = best.begin(); match != best.end(); ++match) {
        relevant.add_document(*match);
    }
    const FeedbackTerms decider(stopwords);
    // Exact term frequencies, as like: takes them (stories/more_like_this.cpp): shards then pick
    // the terms one index would.
    const Xapian::ESet terms =
        enquire.get_eset(kFeedbackTerms, relevant, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
    if (terms.empty()) {
        return;
    }
    // Each term weighs as its share of the expansion, as RM3 normalises its term distribution.
    double total = 0;
    for (auto term = terms.begin(); term != terms.end(); ++term) {
        total += term.get_weight();
    }
    std::vector<Xapian::Query> parts;
    for (auto term = terms.begin(); term != terms.end(); ++term) {
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*term),
                           terms.size() * term.get_weight() / total);
    }
    const Xapian::Query expansion(Xapian::Query::OP_OR, parts.begin(), parts.end());
    built.strict = with_expansion(built.strict, expansion);
    built.strict_without_proximity = with_expansion(built.strict_without_proximity, expansion);
    built.relaxed = with_expansion(built.relaxed, expansion);
}

}  // namespace mss
