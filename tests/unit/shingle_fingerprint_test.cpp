#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "numbered_words.h"
#include "stories/shingle_fingerprint.h"

namespace {

// A long article-like text of distinct words, so its shingles are all different.
std::string words(int from, int count) {
    return mss::testing::numbered_words(from, count, "word", 9, ". ");
}

// The oracle: the exact Jaccard similarity of the 3-word shingle sets of two space-separated
// texts of lower-case words, computed by brute force here, not by the code under test.
double exact_jaccard(const std::string& a, const std::string& b) {
    const auto shingles = [](const std::string& text) {
        std::vector<std::string> tokens;
        std::istringstream in(text);
        for (std::string token; in >> token;) {
            while (!token.empty() && token.back() == '.') {
                token.pop_back();
            }
            tokens.push_back(token);
        }
        std::set<std::string> out;
        for (std::size_t i = 0; i + 3 <= tokens.size(); ++i) {
            out.insert(tokens[i] + ' ' + tokens[i + 1] + ' ' + tokens[i + 2]);
        }
        return out;
    };
    const auto sa = shingles(a), sb = shingles(b);
    std::size_t common = 0;
    for (const auto& s : sa) {
        common += sb.count(s);
    }
    return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

double similarity(const std::string& title_a, const std::string& a, const std::string& title_b,
                  const std::string& b) {
    return mss::estimated_similarity(mss::fingerprint_text(title_a, a),
                                     mss::fingerprint_text(title_b, b));
}

}  // namespace

TEST_CASE("a copy with another headline has the same fingerprint", "[stories]") {
    const std::string body = words(0, 300);
    CHECK(similarity("Kenya sends troops", body, "Third contingent leaves for Haiti", body) == 1.0);
}

TEST_CASE("case and punctuation do not change the fingerprint", "[stories]") {
    CHECK(similarity("", "Kenya's POLICE, in Haiti; arrived " + words(0, 40), "",
                     "kenya s police in haiti arrived " + words(0, 40)) == 1.0);
}

TEST_CASE("a copy with one word changed stays well above the copy threshold", "[stories]") {
    std::string changed = words(0, 300);
    changed.replace(changed.find("word150"), 7, "changed");
    CHECK(similarity("", words(0, 300), "", changed) >= mss::kCopySimilarity);
}

TEST_CASE("different texts share next to no minima", "[stories]") {
    CHECK(similarity("", words(0, 300), "", words(1000, 300)) < 0.1);
}

TEST_CASE("the estimate is close to the exact Jaccard similarity of the shingle sets",
          "[stories]") {
    // Overlapping windows of one word sequence: exact similarity from about 0.9 down to 0.1.
    for (int shift : {10, 40, 100, 160, 220}) {
        const std::string a = words(0, 300), b = words(shift, 300);
        const double exact = exact_jaccard(a, b);
        INFO("shift " << shift << ", exact " << exact);
        CHECK(std::abs(similarity("", a, "", b) - exact) < 0.2);
    }
}

TEST_CASE("templated reports with other figures are not copies", "[stories]") {
    const std::string a =
        "NEW YORK, March 4 - Shr 12 cts vs 10 cts Net 1,234,000 vs 987,000 Revs 5.6 mln vs 4.3 "
        "mln Six months Shr 20 cts vs 18 cts Net 2,100,000 vs 1,900,000";
    const std::string b =
        "CHICAGO, March 5 - Shr 31 cts vs 44 cts Net 7,215,000 vs 9,850,000 Revs 81.2 mln vs 77.9 "
        "mln Six months Shr 62 cts vs 70 cts Net 14,600,000 vs 15,300,000";
    CHECK(similarity("ACME CORP 1ST QTR NET", a, "BETA INC 1ST QTR NET", b) < mss::kCopySimilarity);
}

TEST_CASE("a short body is fingerprinted with its headline", "[stories]") {
    CHECK(similarity("Fed sets overnight repurchases", "Blah blah blah.",
                     "Bank of Japan cuts its discount rate",
                     "Blah blah blah.") < mss::kCopySimilarity);
    CHECK(similarity("Fed sets overnight repurchases", "Blah blah blah.",
                     "Fed sets overnight repurchases", "Blah blah blah.") == 1.0);
}

TEST_CASE("an article without words has no fingerprint and matches nothing", "[stories]") {
    const auto empty = mss::fingerprint_text("", " -- ");
    CHECK(empty.shingles == 0);
    CHECK(mss::estimated_similarity(empty, empty) == 0.0);
}

TEST_CASE("equal fingerprints have equal candidate keys and different bands differ", "[stories]") {
    const auto a = mss::candidate_keys(mss::fingerprint_text("", words(0, 50)));
    const auto b = mss::candidate_keys(mss::fingerprint_text("x", words(0, 50)));
    CHECK(a == b);
    CHECK(std::set<std::uint64_t>(a.begin(), a.end()).size() == a.size());
}

TEST_CASE("a copy cut to a third of the original is a copy; a short quote is not", "[stories]") {
    const auto whole = mss::fingerprint_text("", words(0, 300));
    CHECK(mss::are_copies(whole, mss::fingerprint_text("", words(0, 100))));
    // Eight words of a long article share its shingles, but too few to say it is a copy.
    CHECK_FALSE(mss::are_copies(whole, mss::fingerprint_text("", words(0, 8))));
    CHECK_FALSE(mss::are_copies(whole, mss::fingerprint_text("", words(1000, 100))));
}

TEST_CASE("a copy cut after its first paragraphs is a copy however long the original",
          "[stories]") {
    // Cut to 15% of the original: a Jaccard similarity of 0.15, far below the copy threshold,
    // and the bands seldom meet; the lead and the containment estimate find it.
    const auto whole = mss::fingerprint_text("", words(0, 1000));
    const auto cut = mss::fingerprint_text("", words(0, 150));
    CHECK(mss::estimated_similarity(whole, cut) < 0.3);
    CHECK(mss::are_copies(whole, cut));
    CHECK(mss::are_copies(cut, whole));
    CHECK(cut.lead == whole.lead);
    CHECK(mss::candidate_keys(cut).back() == mss::candidate_keys(whole).back());
}

TEST_CASE("an article that shares only its first paragraph is not a cut copy", "[stories]") {
    // Same lead (a templated opening), then a different story: half of the smaller is shared.
    const auto a = mss::fingerprint_text("", words(0, 60) + words(2000, 60));
    const auto b = mss::fingerprint_text("", words(0, 60) + words(5000, 200));
    CHECK(a.lead == b.lead);
    CHECK_FALSE(mss::are_copies(a, b));
}

TEST_CASE("a window mostly inside a longer text is a copy, one mostly outside is not",
          "[stories]") {
    // The smaller text is a window of 120 words of which `inside` lie in the larger one, so the
    // share of its 118 shingles in the larger set is (inside - 2) / 118, counted from positions.
    const auto larger = mss::fingerprint_text("", words(0, 400));
    CHECK(mss::are_copies(larger, mss::fingerprint_text("", words(400 - 112, 120))));       // 0.93
    CHECK_FALSE(mss::are_copies(larger, mss::fingerprint_text("", words(400 - 60, 120))));  // 0.49
}

TEST_CASE("a body shorter than the lead has no lead key", "[stories]") {
    CHECK(mss::fingerprint_text("", words(0, mss::kLeadWords - 1)).lead == 0);
    CHECK(mss::fingerprint_text("", words(0, mss::kLeadWords)).lead != 0);
}
