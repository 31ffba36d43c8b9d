#include <filesystem>

#include <xapian.h>

#include <mss/error.h>
#include <mss/index.h>
#include <mss/version.h>

#include "article_analysis.h"
#include "document_builder.h"
#include "index_layout.h"
#include "schema.h"

namespace mss {
namespace fs = std::filesystem;

std::string resolve_index_dir(const std::string& flag) {
    if (!flag.empty()) {
        return flag;
    }
    if (const char* env = std::getenv("MSS_INDEX"); env != nullptr && *env != '\0') {
        return env;
    }
    return "index";
}

struct IndexWriter::Impl {
    IndexLayout layout;
    fs::path generation;
    bool published = false;
    Xapian::WritableDatabase database;
    std::unique_ptr<ArticleAnalyser> analyser;

    Impl(const fs::path& dir, const IndexWriterOptions& options)
        : layout(dir), analyser(load_article_analyser(options.data_dir, options.entity_files)) {}
};

IndexWriter::IndexWriter(const std::string& index_dir, const IndexWriterOptions& options)
    : impl_(std::make_unique<Impl>(index_dir, options)) {
    std::error_code error;
    fs::create_directories(index_dir, error);
    if (error) {
        throw IoError(index_dir + ": cannot create index folder: " + error.message());
    }
    const auto live = impl_->layout.live_generation();
    impl_->published = live.has_value();
    impl_->generation = live ? *live : impl_->layout.next_generation();
    try {
        impl_->database = Xapian::WritableDatabase(
            impl_->generation.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::DatabaseLockError&) {
        throw IoError(index_dir + ": another mss-index is writing this index");
    } catch (const Xapian::Error& e) {
        throw IoError(index_dir + ": cannot open index for writing: " + e.get_description());
    }
    impl_->database.set_metadata(schema::kFormatKey, std::to_string(kIndexFormat));
    impl_->database.set_metadata(schema::kStopwordsKey,
                                 impl_->analyser->analyzer().stopwords().serialise());
    // The searcher resolves entity names in queries with exactly the registry we extract with.
    impl_->database.set_metadata(schema::kEntitiesKey, impl_->analyser->registry().serialise());
}

IndexWriter::~IndexWriter() = default;

void IndexWriter::add(const Article& article) {
    try {
        impl_->database.replace_document(
            schema::id_term(article.id),
            build_document(article, impl_->analyser->analyse(article)));
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
    return impl_->database.get_doccount();
}

}  // namespace mss
