// Lucene 8 as a benchmark peer, with the command line and JSON reports of bench/peers/peer_cli.cpp
// (index / query / compact), so bench/run and bench/quality time it the same way as the C++
// peers: EnglishAnalyzer, BM25, stored fields, UnifiedHighlighter snippets.
package mss.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

public final class LucenePeer {
    private static final String NAME = "lucene_peer";
    private static final String USAGE =
            "usage: lucene_peer index DB ARTICLES.jsonl [--threads N] [--commit-every N]"
            + " [--layout fields|contents]\n"
            + "       lucene_peer query DB QUERIES.tsv [--limit N] [--snippets] [--mode all|any]"
            + " [--passes N] [--by-label] [--run FILE] [--run-tag TAG] [--rm3] [--bm25 K1,B]\n"
            + "       lucene_peer compact DB\n";

    private LucenePeer() {}

    /** Options as the C++ peers spell them; unknown ones are an error, as with Boost. */
    static final class Options {
        String command;
        Path db;
        Path input;
        int threads = 1;
        long commitEvery = 0;
        IndexLayout layout = IndexLayout.FIELDS;
        int limit = 10;
        boolean snippets;
        boolean facets;
        boolean anyWord;
        int passes = 1;
        boolean byLabel;
        Path runPath;
        String runTag = NAME;
        boolean rm3;
        Similarity similarity;  // null: the one the index's layout names
    }

    static Options parse(String[] args) {
        Options options = new Options();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; ++i) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            switch (arg) {
                case "--snippets": options.snippets = true; continue;
                case "--facets": options.facets = true; continue;
                case "--by-label": options.byLabel = true; continue;
                case "--rm3": options.rm3 = true; continue;
                default: break;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--threads": options.threads = positive(arg, value); break;
                case "--commit-every": options.commitEvery = Long.parseLong(value); break;
                case "--layout": options.layout = IndexLayout.named(value); break;
                case "--limit": options.limit = positive(arg, value); break;
                case "--passes": options.passes = positive(arg, value); break;
                case "--run": options.runPath = Path.of(value); break;
                case "--run-tag": options.runTag = value; break;
                case "--bm25": options.similarity = bm25(value); break;
                case "--mode":
                    if (!value.equals("all") && !value.equals("any")) {
                        throw new IllegalArgumentException(
                                "--mode must be 'all' or 'any', not '" + value + "'");
                    }
                    options.anyWord = value.equals("any");
                    break;
                default: throw new IllegalArgumentException("unrecognised option '" + arg + "'");
            }
        }
        int needed = positional.isEmpty() || !positional.get(0).equals("compact") ? 3 : 2;
        if (positional.size() != needed) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        options.command = positional.get(0);
        options.db = Path.of(positional.get(1));
        options.input = needed == 3 ? Path.of(positional.get(2)) : null;
        return options;
    }

    /** "K1,B", e.g. "1.2,0.75" (Lucene's defaults) or "0.9,0.4" (Anserini's). */
    private static Similarity bm25(String value) {
        String[] parameters = value.split(",");
        if (parameters.length != 2) {
            throw new IllegalArgumentException("--bm25 takes K1,B, not '" + value + "'");
        }
        return new BM25Similarity(Float.parseFloat(parameters[0]), Float.parseFloat(parameters[1]));
    }

    private static int positive(String name, String value) {
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return number;
    }

    static long sizeOnDisk(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    total += Files.size(file);
                }
            }
            return total;
        }
    }

    /** The process's peak resident set (VmHWM), the figure getrusage gives the C++ peers. */
    static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException error) {
            System.err.print(NAME + ": " + error.getMessage() + "\n" + USAGE);
            System.exit(1);
            return;
        }
        try {
            JsonObject report = new JsonObject();
            report.addProperty("peer", NAME);
            report.addProperty("command", options.command);
            switch (options.command) {
                case "index": ArticleIndexer.run(options, report); break;
                case "query":
                    if (options.facets) {
                        // mss-search's facets are its own entities (people, countries, ...):
                        // Lucene has nothing to count them from.
                        throw new IllegalArgumentException(NAME + " has no facets to count");
                    }
                    QueryRunner.run(options, report);
                    break;
                case "compact": ArticleIndexer.compact(options.db, report); break;
                default: throw new IllegalArgumentException("unknown command " + options.command);
            }
            System.out.println(report);
        } catch (IllegalArgumentException error) {
            System.err.println(NAME + ": " + error.getMessage());
            System.exit(1);
        } catch (Exception error) {
            System.err.println(NAME + ": " + error);
            System.exit(1);
        }
    }
}
