// The two ways the Lucene peer lays out an article, recorded in the index's commit data so the
// query side reads it back instead of being told again.
package mss.bench;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

enum IndexLayout {
    /**
     * What an application would index (Elasticsearch's defaults): stored title and body, each a
     * positional text field, the title weighted 3 at query time as the other peers weight it;
     * Lucene's BM25 defaults (k1 1.2, b 0.75).
     */
    FIELDS("fields", new BM25Similarity()),
    /**
     * What Anserini indexes for its regression runs: title and body as one "contents" field with
     * term vectors (its -storeDocvectors, which RM3 reads), and its BM25 defaults (k1 0.9,
     * b 0.4). Used by bench/quality.
     */
    CONTENTS("contents", new BM25Similarity(0.9f, 0.4f));

    static final String COMMIT_KEY = "layout";

    final String label;
    final Similarity similarity;

    IndexLayout(String label, Similarity similarity) {
        this.label = label;
        this.similarity = similarity;
    }

    static IndexLayout named(String label) {
        for (IndexLayout layout : values()) {
            if (layout.label.equals(label)) {
                return layout;
            }
        }
        throw new IllegalArgumentException("--layout must be 'fields' or 'contents', not '"
                + label + "'");
    }
}
