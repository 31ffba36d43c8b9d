#include "search_deadline.h"

#include <sstream>

#include <mss/error.h>

namespace mss {

SearchDeadline::SearchDeadline(double seconds) : seconds_(seconds) {
    if (seconds > 0) {
        end_ = std::chrono::steady_clock::now() +
               std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                   std::chrono::duration<double>(seconds));
    }
}

void SearchDeadline::check() const {
    if (end_ && std::chrono::steady_clock::now() >= *end_) {
        std::ostringstream message;
        message << "the search ran past its time limit of " << seconds_ << " s; stopped";
        throw TimeLimitError(message.str(), seconds_);
    }
}

void SearchDeadline::watch(Xapian::Enquire& enquire, bool remote) const {
    if (end_ && !remote) {
        enquire.add_matchspy(&spy_);
    }
}

namespace {

// Every document of the database, in docid order, with no weight: an AND with it matches what the
// other side matches, with the same estimates and bounds (its frequency is the document count).
class DeadlineSource : public Xapian::PostingSource {
  public:
    explicit DeadlineSource(const SearchDeadline& deadline) : deadline_(deadline) {}

    // One per postlist: a query holds the guard once per phrase.
    DeadlineSource* clone() const override { return new DeadlineSource(deadline_); }

    void init(const Xapian::Database& database) override {
        database_ = database;
        at_ = database_.postlist_begin("");
        started_ = false;
    }
    Xapian::doccount get_termfreq_min() const override { return database_.get_doccount(); }
    Xapian::doccount get_termfreq_est() const override { return database_.get_doccount(); }
    Xapian::doccount get_termfreq_max() const override { return database_.get_doccount(); }

    void next(double) override {
        tick();
        if (started_) {
            ++at_;
        }
        started_ = true;
    }
    void skip_to(Xapian::docid id, double) override {
        tick();
        started_ = true;
        at_.skip_to(id);
    }
    bool at_end() const override { return started_ && at_ == database_.postlist_end(""); }
    Xapian::docid get_docid() const override { return *at_; }
    std::string get_description() const override { return kDescription; }
    static constexpr const char* kDescription = "DeadlineSource";

  private:
    void tick() {
        // A clock read costs less than reading one candidate's positions.
        if (++calls_ % 256 == 0) {
            deadline_.check();
        }
    }

    const SearchDeadline& deadline_;
    Xapian::Database database_;
    Xapian::PostingIterator at_;
    bool started_ = false;
    unsigned calls_ = 0;
};

}  // namespace

Xapian::Query SearchDeadline::positional_guard(bool remote) const {
    if (!end_ || remote) {
        return Xapian::Query();
    }
    // Xapian owns the source once released (its reference-counted API takes a pointer).
    return Xapian::Query((new DeadlineSource(*this))->release());
}

bool SearchDeadline::is_positional_guard(const Xapian::Query& leaf) {
    // Xapian gives a leaf's posting source back only through its description.
    return leaf.get_type() == Xapian::Query::LEAF_POSTING_SOURCE &&
           leaf.get_description().find(DeadlineSource::kDescription) != std::string::npos;
}

void SearchDeadline::Spy::operator()(const Xapian::Document&, double) {
    // A clock read costs about as much as weighing a match: one in 256 is nothing.
    if (++calls_ % 256 == 0) {
        deadline_.check();
    }
}

}  // namespace mss
