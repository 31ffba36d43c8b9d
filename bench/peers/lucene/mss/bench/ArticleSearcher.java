// Searches an index built by ArticleIndexer: the query as typed (bare words and "quoted
// phrases", every part required or any part allowed), BM25 as the index's layout says, stored
// ids, UnifiedHighlighter snippets of the body, and RM3 feedback on request.
package mss.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

final class ArticleSearcher implements Closeable {
    static final class Hit {
        final String id;
        final double score;
        final String snippet;

        Hit(String id, double score, String snippet) {
            this.id = id;
            this.score = score;
            this.snippet = snippet;
        }
    }

    /** A query the peer cannot run (counted as rejected, as the C++ peers count theirs). */
    static final class RejectedQuery extends Exception {
        private static final long serialVersionUID = 1L;

        RejectedQuery(String message) {
            super(message);
        }
    }

    private static final float TITLE_BOOST = 3;  // as FTS5's bm25(3, 1) and Xapian's wdf ×3
    // Snippets are made from the whole article, as mss-search makes them (Lucene's default
    // stops at the first 10,000 characters).
    private static final int HIGHLIGHT_MAX_CHARS = 1_000_000;
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final Set<String> ID_ONLY = Set.of(ArticleIndexer.ID);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexLayout layout;
    private final Analyzer analyzer = ArticleIndexer.analyzer();
    private final QueryBuilder builder = new QueryBuilder(analyzer);
    private final UnifiedHighlighter highlighter;
    private final RelevanceModel feedback;

    /** `similarity`: null for the one the index's layout names. */
    ArticleSearcher(Path db, boolean rm3, Similarity similarity) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(db));
        layout = ArticleIndexer.storedLayout(reader);
        if (layout == null) {
            throw new IllegalArgumentException(db + " has no layout recorded: not built by "
                    + "lucene_peer index");
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity != null ? similarity : layout.similarity);
        highlighter = new UnifiedHighlighter(searcher, analyzer);
        highlighter.setMaxLength(HIGHLIGHT_MAX_CHARS);
        if (rm3 && layout != IndexLayout.CONTENTS) {
            throw new IllegalArgumentException("RM3 needs the term vectors of layout contents");
        }
        feedback = rm3 ? new RelevanceModel(reader, analyzer, ArticleIndexer.CONTENTS) : null;
    }

    boolean hasStoredText() {
        return layout == IndexLayout.FIELDS;
    }

    List<Hit> search(String text, int limit, boolean anyWord, boolean snippets)
            throws IOException, RejectedQuery {
        Query query = parse(text, anyWord);
        if (feedback != null) {
            query = feedback.expand(text, searcher.search(query, RelevanceModel.FEEDBACK_DOCS));
        }
        TopDocs top = searcher.search(query, limit);
        String[] passages = snippets && top.scoreDocs.length > 0
                ? highlighter.highlight(ArticleIndexer.BODY, query, top, 1)
                : null;
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; ++i) {
            ScoreDoc scored = top.scoreDocs[i];
            String id = searcher.doc(scored.doc, ID_ONLY).get(ArticleIndexer.ID);
            hits.add(new Hit(id, scored.score, passages == null ? "" : passages[i]));
        }
        return hits;
    }

    /**
     * Bare words and "quoted phrases" (an unclosed quote runs to the end), each analysed as a
     * phrase so that a word the analyser splits ("U.S.-based") stays one unit; a part with no
     * indexed token (a stop word) is left out. Rejected when no part is left.
     */
    private Query parse(String text, boolean anyWord) throws RejectedQuery {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanClause.Occur occur = anyWord ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST;
        int parts = 0;
        Matcher matcher = PART.matcher(text);
        while (matcher.find()) {
            String part = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            Query clause = partQuery(part);
            if (clause != null) {
                query.add(clause, occur);
                ++parts;
            }
        }
        if (parts == 0) {
            throw new RejectedQuery("query has no indexed words: " + text);
        }
        return query.build();
    }

    private Query partQuery(String part) {
        if (layout == IndexLayout.CONTENTS) {
            return builder.createPhraseQuery(ArticleIndexer.CONTENTS, part);
        }
        Query title = builder.createPhraseQuery(ArticleIndexer.TITLE, part);
        Query body = builder.createPhraseQuery(ArticleIndexer.BODY, part);
        if (title == null || body == null) {
            return null;
        }
        // title^3 OR body: the per-field scores add, as MultiFieldQueryParser's boosts do.
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(body, BooleanClause.Occur.SHOULD)
                .build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
