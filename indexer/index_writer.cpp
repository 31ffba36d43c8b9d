#include <filesystem>
#include <map>
#include <optional>

#include <xapian.h>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/version.h>

#include "analysis_data.h"
#include "index_layout.h"
#include "index_lock.h"
#include "parallel_document_builder.h"
#include "recorded_roots.h"
#include "schema.h"
#include "source_root.h"
#include "stored_text.h"
#include "stories/added_article_stories.h"

namespace mss {
namespace fs = std::filesystem;

namespace {

// The lock needs the folder, so the folder is made first.
fs::path created_folder(const std::string& index_dir) {
    std::error_code error;
    fs::create_directories(index_dir, error);
    if (error) {
        throw IoError(index_dir + ": cannot create index folder: " + error.message());
    }
    return index_dir;
}

}  // namespace

struct IndexWriter::Impl {
    IndexLock lock;
    IndexLayout layout;
    fs::path generation;
    bool published = false;
    Xapian::WritableDatabase database;
    AnalysisData analysis;
    std::optional<AddedArticleStories> stories;  // made once the database is open
    std::map<std::string, std::string> roots;    // as recorded in the index (recorded_roots.h)
    std::optional<TextCompressor> compressor;    // with the index's dictionary, when it has one

    Impl(const fs::path& dir, const IndexWriterOptions& options)
        : lock(dir, false, nullptr),
          layout(dir),
          analysis(load_analysis_data(options.data_dir, options.entity_files)) {}
};

IndexWriter::IndexWriter(const std::string& index_dir, const IndexWriterOptions& options)
    : impl_(std::make_unique<Impl>(created_folder(index_dir), options)) {
    const auto live = impl_->layout.live_generation();
    impl_->published = live.has_value();
    impl_->generation = live ? *live : impl_->layout.begin_generation();
    try {
        impl_->database = Xapian::WritableDatabase(
            impl_->generation.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        impl_->stories.emplace(impl_->database);
        impl_->roots = recorded_roots(impl_->database);
        // Articles added one by one train no dictionary: they use the one a full build left.
        impl_->compressor.emplace(impl_->database.get_metadata(schema::kDictionaryKey));
        // The searcher resolves entity names in queries with exactly the registry we extract with.
        for (const auto& [key, value] : analysis_metadata(*impl_->analysis.analyser)) {
            impl_->database.set_metadata(key, value);
        }
        // Only a new index gets the stamp: an old one keeps its own, so the next update_index()
        // run still sees that it was analysed differently and rebuilds it.
        if (!impl_->published) {
            impl_->database.set_metadata(schema::kStampKey, impl_->analysis.stamp);
        }
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexBusyError(index_dir + ": another program is writing this index");
    } catch (const Xapian::Error& e) {
        throw IoError(index_dir + ": cannot open index for writing: " + e.get_description());
    }
}

IndexWriter::~IndexWriter() = default;

void IndexWriter::add(const Article& article, const std::string& source) {
    // The document update_index() would write for this article read from `source`: the same
    // content hash and source term (index_run.h), so later runs over the source judge it rightly.
    const std::optional<SourceRoot> root =
        source.empty() ? std::nullopt : std::optional(make_root(source));
    DocumentJob job{article, content_hash(article, root ? *root : SourceRoot{}),
                    root && !article.from_feed ? root->term : std::string(), false};
    try {
        if (root && impl_->roots.emplace(root->term, root->path).second) {
            impl_->database.set_metadata(schema::kSourcesKey, serialise_roots(impl_->roots));
        }
        // Compared with the articles already in the index: a copy joins their story.
        job.story = impl_->stories->join(article);
        impl_->stories->added(impl_->database.replace_document(
            schema::id_term(article.id),
            build_job_document(job, *impl_->analysis.analyser, *impl_->compressor)));
    } catch (const Xapian::Error& e) {
        throw IoError(article.path + ": cannot index: " + e.get_description());
    }
}

void IndexWriter::commit() {
    try {
        impl_->database.commit();
    } catch (const Xapian::Error& e) {
        throw IoError(impl_->layout.dir().string() + ": commit failed: " + e.get_description());
    }
    // A new index becomes visible to readers only once it holds a complete commit.
    if (!impl_->published) {
        impl_->layout.publish(impl_->generation);
        impl_->published = true;
    }
}

std::size_t IndexWriter::article_count() const {
    try {
        return impl_->database.get_doccount();
    } catch (const Xapian::Error& e) {
        throw IoError(impl_->layout.dir().string() +
                      ": cannot count articles: " + e.get_description());
    }
}

}  // namespace mss
