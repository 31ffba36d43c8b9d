// RM3 pseudo-relevance feedback as Anserini's Rm3Reranker runs it (fbDocs 10, fbTerms 10,
// original query weight 0.5): a relevance model from the term vectors of the top-ranked
// documents, interpolated with the query's own term distribution, searched as a weighted OR.
package mss.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

final class RelevanceModel {
    static final int FEEDBACK_DOCS = 10;
    static final int FEEDBACK_TERMS = 10;
    static final float ORIGINAL_QUERY_WEIGHT = 0.5f;
    // Anserini's stop-word rule: a term in more than 10% of the documents is no feedback term.
    private static final float MAX_DOCUMENT_RATIO = 0.1f;
    private static final Pattern FEEDBACK_TERM = Pattern.compile("[a-z0-9]{2,20}");

    private final IndexReader reader;
    private final Analyzer analyzer;
    private final String field;

    RelevanceModel(IndexReader reader, Analyzer analyzer, String field) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.field = field;
    }

    /** The feedback query for `text`, given the first-pass ranking `top`. */
    Query expand(String text, TopDocs top) throws IOException {
        Map<String, Float> model = interpolate(queryModel(text), relevanceModel(top));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        model.forEach((term, weight) -> query.add(
                new BoostQuery(new TermQuery(new Term(field, term)), weight),
                BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /** The query's analysed terms, as a distribution (counts scaled to sum 1). */
    private Map<String, Float> queryModel(String text) throws IOException {
        Map<String, Float> counts = new TreeMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1f, Float::sum);
            }
            tokens.end();
        }
        return scaleToUnitSum(counts);
    }

    private Map<String, Float> relevanceModel(TopDocs top) throws IOException {
        List<Map<String, Float>> documents = new ArrayList<>();
        List<Float> norms = new ArrayList<>();
        for (int i = 0; i < Math.min(FEEDBACK_DOCS, top.scoreDocs.length); ++i) {
            Map<String, Float> vector = prune(documentVector(top.scoreDocs[i].doc), FEEDBACK_TERMS);
            documents.add(vector);
            norms.add((float) vector.values().stream().mapToDouble(Float::doubleValue).sum());
        }
        Map<String, Float> model = new TreeMap<>();
        for (Map<String, Float> vector : documents) {
            for (String term : vector.keySet()) {
                model.put(term, 0f);
            }
        }
        for (String term : model.keySet()) {
            float weight = 0;
            for (int i = 0; i < documents.size(); ++i) {
                if (norms.get(i) > 0.001f) {  // a document with no feedback term adds nothing
                    weight += documents.get(i).getOrDefault(term, 0f) / norms.get(i)
                            * top.scoreDocs[i].score;
                }
            }
            model.put(term, weight);
        }
        return scaleToUnitSum(prune(model, FEEDBACK_TERMS));
    }

    /** Term frequencies from the document's term vector, feedback terms only. */
    private Map<String, Float> documentVector(int doc) throws IOException {
        Map<String, Float> vector = new TreeMap<>();
        Terms terms = reader.getTermVector(doc, field);
        if (terms == null) {
            return vector;
        }
        int documentCount = reader.numDocs();
        TermsEnum iterator = terms.iterator();
        for (BytesRef bytes; (bytes = iterator.next()) != null; ) {
            String term = bytes.utf8ToString();
            if (!FEEDBACK_TERM.matcher(term).matches()) {
                continue;
            }
            float ratio = (float) reader.docFreq(new Term(field, term)) / documentCount;
            if (ratio > MAX_DOCUMENT_RATIO) {
                continue;
            }
            vector.put(term, (float) iterator.totalTermFreq());
        }
        return vector;
    }

    /** The `size` heaviest terms (ties to the alphabetically first, so runs repeat). */
    private static Map<String, Float> prune(Map<String, Float> vector, int size) {
        List<Map.Entry<String, Float>> entries = new ArrayList<>(vector.entrySet());
        entries.sort((a, b) -> {
            int byWeight = Float.compare(b.getValue(), a.getValue());
            return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
        });
        Map<String, Float> pruned = new TreeMap<>();
        for (Map.Entry<String, Float> entry : entries.subList(0, Math.min(size, entries.size()))) {
            pruned.put(entry.getKey(), entry.getValue());
        }
        return pruned;
    }

    private static Map<String, Float> scaleToUnitSum(Map<String, Float> vector) {
        double sum = vector.values().stream().mapToDouble(Float::doubleValue).sum();
        if (sum > 0) {
            vector.replaceAll((term, weight) -> (float) (weight / sum));
        }
        return vector;
    }

    /** weight × query + (1 − weight) × relevance model, over the terms of both. */
    private static Map<String, Float> interpolate(Map<String, Float> query,
            Map<String, Float> model) {
        Map<String, Float> mixed = new TreeMap<>();
        Map<String, Float> union = new HashMap<>(query);
        model.forEach(union::putIfAbsent);
        for (String term : union.keySet()) {
            mixed.put(term, ORIGINAL_QUERY_WEIGHT * query.getOrDefault(term, 0f)
                    + (1 - ORIGINAL_QUERY_WEIGHT) * model.getOrDefault(term, 0f));
        }
        return mixed;
    }
}
