// Indexes a JSON Lines file of articles with one IndexWriter shared by one or more indexing
// threads. As the C++ peers do, an article whose id is already indexed with the same content
// is skipped, and one whose content changed replaces the old document.
package mss.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

final class ArticleIndexer {
    static final String ID = "id";
    static final String DIGEST = "digest";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String CONTENTS = "contents";

    // Lucene flushes a segment when its buffered documents reach this much heap; 64 MB keeps
    // the number of segments (and merges) down without holding a large share of the heap.
    private static final double RAM_BUFFER_MB = 64;
    private static final int QUEUE_LINES = 1024;
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static final FieldType CONTENTS_TYPE = contentsType();

    private final IndexWriter writer;
    private final DirectoryReader before;  // the index as it was when the run began, or null
    private final IndexLayout layout;
    private final long commitEvery;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    private ArticleIndexer(IndexWriter writer, DirectoryReader before, IndexLayout layout,
            long commitEvery) {
        this.writer = writer;
        this.before = before;
        this.layout = layout;
        this.commitEvery = commitEvery;
    }

    private static FieldType contentsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setTokenized(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** The layout an existing index was built with, or null for an empty folder. */
    static IndexLayout storedLayout(DirectoryReader reader) throws IOException {
        String label = reader.getIndexCommit().getUserData().get(IndexLayout.COMMIT_KEY);
        return label == null ? null : IndexLayout.named(label);
    }

    static void run(LucenePeer.Options options, JsonObject report) throws Exception {
        long start = System.nanoTime();
        try (Directory directory = FSDirectory.open(options.db)) {
            DirectoryReader before = DirectoryReader.indexExists(directory)
                    ? DirectoryReader.open(directory) : null;
            if (before != null && storedLayout(before) != options.layout) {
                throw new IllegalArgumentException(options.db + " was built with another layout");
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setSimilarity(options.layout.similarity);
            config.setRAMBufferSizeMB(RAM_BUFFER_MB);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                writer.setLiveCommitData(
                        Map.of(IndexLayout.COMMIT_KEY, options.layout.label).entrySet());
                ArticleIndexer indexer =
                        new ArticleIndexer(writer, before, options.layout, options.commitEvery);
                indexer.indexFile(options.input, options.threads);
                writer.commit();
                report.addProperty("articles", indexer.added.get() + indexer.skipped.get());
                report.addProperty("added", indexer.added.get());
                report.addProperty("skipped", indexer.skipped.get());
            } finally {
                if (before != null) {
                    before.close();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.addProperty("seconds", seconds);
        report.addProperty("articles_per_s",
                seconds > 0 ? report.get("articles").getAsLong() / seconds : 0);
        report.addProperty("threads", options.threads);
        report.addProperty("peak_rss_kb", LucenePeer.peakRssKb());
        report.addProperty("index_bytes", LucenePeer.sizeOnDisk(options.db));
    }

    /** Merges the index to one segment, as xapian-compact and FTS5's optimize do. */
    static void compact(Path db, JsonObject report) throws IOException {
        try (Directory directory = FSDirectory.open(db);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.forceMerge(1);
            writer.commit();
        }
        report.addProperty("index_bytes", LucenePeer.sizeOnDisk(db));
    }

    private void indexFile(Path input, int threads) throws Exception {
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            if (threads == 1) {
                String line;
                for (long number = 1; (line = lines.readLine()) != null; ++number) {
                    indexLine(input, number, line);
                }
                return;
            }
            // One thread reads lines; the indexing threads parse, analyse and add them.
            BlockingQueue<NumberedLine> queue = new ArrayBlockingQueue<>(QUEUE_LINES);
            AtomicReference<Exception> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; ++i) {
                Thread worker = new Thread(() -> {
                    try {
                        for (NumberedLine item; (item = queue.take()) != NumberedLine.END; ) {
                            indexLine(input, item.number, item.text);
                        }
                    } catch (Exception error) {
                        failure.compareAndSet(null, error);
                        queue.clear();  // the reader sees the failure and stops
                    } catch (Error error) {
                        failure.compareAndSet(null, new IllegalStateException(error));
                        queue.clear();
                    }
                });
                worker.start();
                workers.add(worker);
            }
            String line;
            for (long number = 1; failure.get() == null && (line = lines.readLine()) != null;
                    ++number) {
                queue.put(new NumberedLine(number, line));
            }
            for (int i = 0; i < threads; ++i) {
                queue.put(NumberedLine.END);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    }

    private static final class NumberedLine {
        static final NumberedLine END = new NumberedLine(0, null);
        final long number;
        final String text;

        NumberedLine(long number, String text) {
            this.number = number;
            this.text = text;
        }
    }

    private void indexLine(Path input, long number, String line) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        String id, title, body, date;
        try {
            JsonObject article = JsonParser.parseString(line).getAsJsonObject();
            id = article.get(ID).getAsString();
            title = text(article, "title");
            body = text(article, "body");
            date = text(article, "date");
        } catch (JsonParseException | IllegalStateException | NullPointerException
                | UnsupportedOperationException error) {
            throw new IllegalArgumentException(input + ":" + number + ": not an article: "
                    + error.getMessage());
        }
        long digest = digest(title, body, date);
        Long indexed = before == null ? null : indexedDigest(id);
        if (indexed != null && indexed == digest) {
            skipped.incrementAndGet();
            return;
        }
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        // A doc value, not a stored field: checking it reads 8 bytes, not a compressed block.
        document.add(new NumericDocValuesField(DIGEST, digest));
        if (layout == IndexLayout.CONTENTS) {
            document.add(new Field(CONTENTS, title + "\n" + body, CONTENTS_TYPE));
        } else {
            document.add(new TextField(TITLE, title, Field.Store.YES));
            document.add(new TextField(BODY, body, Field.Store.YES));
        }
        // updateDocument, not addDocument: a changed article, or an id given twice, replaces.
        writer.updateDocument(new Term(ID, id), document);
        long count = added.incrementAndGet();
        if (commitEvery != 0 && count % commitEvery == 0) {
            writer.commit();
        }
    }

    private static String text(JsonObject article, String name) {
        JsonElement value = article.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    /** The stored content digest of the live document with this id before the run began. */
    private Long indexedDigest(String id) throws IOException {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : before.leaves()) {
            Terms terms = leaf.reader().terms(ID);
            if (terms == null) {
                continue;
            }
            TermsEnum ids = terms.iterator();
            if (!ids.seekExact(term)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = ids.postings(null, PostingsEnum.NONE);
            for (int doc; (doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                if (live == null || live.get(doc)) {
                    NumericDocValues digests = leaf.reader().getNumericDocValues(DIGEST);
                    return digests != null && digests.advanceExact(doc) ? digests.longValue()
                                                                        : null;
                }
            }
        }
        return null;
    }

    /** FNV-1a over title, body and date, each followed by a separator byte. */
    static long digest(String... parts) {
        long hash = FNV_OFFSET_BASIS;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
            }
            hash = (hash ^ 0xff) * FNV_PRIME;
        }
        return hash;
    }
}
