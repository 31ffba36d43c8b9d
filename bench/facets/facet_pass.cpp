// The CPU time of the facet pass alone (searcher/facets/facet_counter.h: the spy over every match
// and the split of its distinct values), over the queries of a bench/queries TSV file, so a change
// to the facet layout is measured without the noise of the rest of a search on a shared machine.
//
//     facet_pass INDEX QUERIES.tsv [ROUNDS]
//
// Each query's words (lower-cased, unprefixed terms: the articles that write every word) are
// matched with BoolWeight, as the searcher's facet pass does; the first round only warms the
// caches. Prints mean, p50, p99 and maximum thread CPU milliseconds per query over the other
// rounds, and a checksum of the counts, which equals between two layouts that count alike.
#include <time.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "facets/facet_counter.h"

namespace {

double thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// "two_words\tcrude oil" -> the AND of "crude" and "oil"; quotes and other marks are dropped.
Xapian::Query query_of(const std::string& line) {
    std::string text = line.substr(line.find('\t') + 1);
    for (char& c : text) {
        c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : ' ';
    }
    std::istringstream words(text);
    std::vector<std::string> terms{std::istream_iterator<std::string>(words), {}};
    return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: facet_pass INDEX QUERIES.tsv [ROUNDS]\n";
        return 1;
    }
    const Xapian::Database database(argv[1]);
    const int rounds = argc > 3 ? std::max(2, std::stoi(argv[3])) : 5;
    std::vector<Xapian::Query> queries;
    std::ifstream in(argv[2]);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) {
            queries.push_back(query_of(line));
        }
    }
    std::vector<double> times;
    std::size_t checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const Xapian::Query& query : queries) {
            const double start = thread_cpu_ms();
            mss::FacetCounter counter(mss::DateBucket::kMonth);
            Xapian::Enquire enquire(database);
            enquire.set_query(query);
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            counter.attach(enquire);
            enquire.get_mset(0, 0, database.get_doccount());
            const mss::Facets facets = counter.facets();
            const double spent = thread_cpu_ms() - start;
            if (round == 0) {
                for (const auto* values : {&facets.person, &facets.country, &facets.organisation,
                                           &facets.place, &facets.source}) {
                    for (const mss::FacetValue& value : *values) {
                        checksum = checksum * 31 + value.count + value.id.size();
                    }
                }
                for (const auto& bucket : facets.date) {
                    checksum = checksum * 31 + bucket.count;
                }
                checksum = checksum * 31 + facets.undated;
            } else {
                times.push_back(spent);
            }
        }
    }
    if (times.empty()) {
        std::cerr << "facet_pass: no queries in " << argv[2] << "\n";
        return 1;
    }
    std::sort(times.begin(), times.end());
    double total = 0;
    for (const double t : times) {
        total += t;
    }
    const auto at = [&](double share) {
        return times[std::min(times.size() - 1, static_cast<std::size_t>(share * times.size()))];
    };
    std::cout << "queries " << queries.size() << ", rounds timed " << rounds - 1
              << ", facet pass CPU ms: mean " << total / times.size() << ", p50 " << at(0.5)
              << ", p99 " << at(0.99) << ", max " << times.back() << "; checksum " << checksum
              << "\n";
    return 0;
}
