// Runs a query file through ArticleSearcher, pass after pass, and reports the latencies the way
// bench/peers/peer_cli.cpp does: nearest-rank percentiles, per label on request, and the last
// pass as a TREC run file.
package mss.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class QueryRunner {
    private QueryRunner() {}

    private static final class LabelledQuery {
        final String label;  // a kind of query ("word", "phrase", ...) or a topic number
        final String text;

        LabelledQuery(String label, String text) {
            this.label = label;
            this.text = text;
        }
    }

    /** LABEL<TAB>TEXT lines; blank lines and # comments are skipped. */
    private static List<LabelledQuery> readQueries(Path path) throws IOException {
        List<LabelledQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            queries.add(tab < 0 ? new LabelledQuery(Integer.toString(queries.size() + 1), line)
                                : new LabelledQuery(line.substring(0, tab), line.substring(tab + 1)));
        }
        return queries;
    }

    /** Nearest-rank percentile: always a latency that was measured. */
    private static double nearestRank(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    static JsonObject latencyReport(List<Double> latenciesMs) {
        double[] sorted = latenciesMs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        JsonObject report = new JsonObject();
        report.addProperty("queries", sorted.length);
        if (sorted.length == 0) {
            for (String key : new String[] {"mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms"}) {
                report.addProperty(key, 0.0);
            }
            return report;
        }
        report.addProperty("mean_ms", Arrays.stream(sorted).sum() / sorted.length);
        report.addProperty("p50_ms", nearestRank(sorted, 50));
        report.addProperty("p95_ms", nearestRank(sorted, 95));
        report.addProperty("p99_ms", nearestRank(sorted, 99));
        report.addProperty("max_ms", sorted[sorted.length - 1]);
        return report;
    }

    static void run(LucenePeer.Options options, JsonObject report) throws IOException {
        List<LabelledQuery> queries = readQueries(options.input);
        long openStart = System.nanoTime();
        try (ArticleSearcher searcher = new ArticleSearcher(options.db, options.rm3, options.similarity)) {
            if (options.snippets && !searcher.hasStoredText()) {
                throw new IllegalArgumentException(
                        options.db + " stores no text to make snippets from (layout contents)");
            }
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            JsonArray passes = new JsonArray();
            for (int pass = 1; pass <= options.passes; ++pass) {
                // The run file records the last pass, when the caches are as warm as they get.
                boolean record = pass == options.passes && options.runPath != null;
                try (BufferedWriter run = record ? Files.newBufferedWriter(options.runPath) : null) {
                    passes.add(runPass(searcher, queries, options, run, pass));
                }
            }
            report.addProperty("open_seconds", openSeconds);
            report.add("passes", passes);
            report.addProperty("peak_rss_kb", LucenePeer.peakRssKb());
        }
    }

    private static JsonObject runPass(ArticleSearcher searcher, List<LabelledQuery> queries,
            LucenePeer.Options options, BufferedWriter run, int pass) throws IOException {
        List<Double> latencies = new ArrayList<>();
        // As peer_cli.cpp: the query thread's CPU time beside the wall time (the JIT compiler and
        // the garbage collector run on threads of their own and are not in it).
        List<Double> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> byLabel = new LinkedHashMap<>();
        long zeroHits = 0;
        long rejected = 0;
        for (LabelledQuery query : queries) {
            List<ArticleSearcher.Hit> hits = List.of();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            try {
                hits = searcher.search(query.text, options.limit, options.anyWord,
                        options.snippets);
            } catch (ArticleSearcher.RejectedQuery error) {
                ++rejected;
            }
            double latencyMs = (System.nanoTime() - start) / 1e6;
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            latencies.add(latencyMs);
            if (options.byLabel) {
                byLabel.computeIfAbsent(query.label, k -> new ArrayList<>()).add(latencyMs);
            }
            zeroHits += hits.isEmpty() ? 1 : 0;
            if (run != null) {
                for (int rank = 0; rank < hits.size(); ++rank) {
                    run.write(query.label + " Q0 " + hits.get(rank).id + " " + (rank + 1) + " "
                            + hits.get(rank).score + " " + options.runTag + "\n");
                }
            }
        }
        JsonObject report = latencyReport(latencies);
        report.addProperty("pass", pass);
        report.add("thread_cpu", latencyReport(cpu));
        report.addProperty("zero_hit_queries", zeroHits);
        report.addProperty("rejected_queries", rejected);
        if (options.byLabel) {
            JsonObject labels = new JsonObject();
            byLabel.forEach((label, values) -> labels.add(label, latencyReport(values)));
            report.add("by_label", labels);
        }
        return report;
    }
}
