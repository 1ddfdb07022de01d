package org.mdkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.mdkg.analysis.FastPaths;
import org.mdkg.api.ExampleQueries;
import org.mdkg.config.RemoteStore;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.store.SparqlStore;
import org.mdkg.store.StoreDirect;

/**
 * Load generator for {@code docs/bench/scale-out.sh}, not a test. Two modes:
 *
 * <ul>
 *   <li>{@code suite CALLS WARMUP TIMEOUT_S QUERY_DIR (NAME BASE_URL STORE)...}: every named query with its header's
 *       example parameters through {@code GET /api/queries/<id>} of each running mdkg (start them with
 *       {@code MDKG_CACHE_MAX_BYTES=0}), and, for a front-end over a remote store ({@code STORE} is its
 *       {@code sparql:…}; {@code -} for the embedded store), the same query sent to the store directly as mdkg sends
 *       it ({@link StoreDirect}). Warm-up calls, then CALLS rounds, each round one call on every side in turn (A B C
 *       A B C); a side that times out or fails is reported so and not called again for that query. Prints a
 *       markdown table of medians and p99 and, per remote store, the median of the per-query ratios
 *       mdkg-over-store / store-direct.
 *   <li>{@code sent STORE QUERY_DIR ID_OR_TEXT}: prints the SPARQL that mdkg sends to {@code STORE} for a named
 *       query (no parameters: the REST path without any) or for a client's query text, for wrk to send directly.
 * </ul>
 */
public final class ScaleOutBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TimedCalls http = new TimedCalls();
    private final Duration limit;

    private ScaleOutBenchmark(Duration limit) {
        this.limit = limit;
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("sent")) {
            StoreDirect direct = StoreDirect.of(connect(args[1]));
            QueryLibrary library = QueryLibrary.load(Path.of(args[2]));
            Query q = library.find(args[3])
                    .map(named -> named.bind(Map.of()))
                    .orElseGet(() -> QueryFactory.create(args[3]));
            System.out.println(direct.sent(q).serialize());
            return;
        }
        int calls = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[3]));
        List<NamedQuery> all = QueryLibrary.load(Path.of(args[4])).all();
        List<Target> targets = new ArrayList<>();
        for (int i = 5; i + 2 < args.length; i += 3) {
            String store = args[i + 2];
            targets.add(new Target(args[i], args[i + 1], store.equals("-") ? null : StoreDirect.of(connect(store))));
        }
        new ScaleOutBenchmark(limit).run(all, targets, calls, warmup);
    }

    private static SparqlStore connect(String spec) {
        return SparqlStore.connect(RemoteStore.parse(spec, System.getenv()));
    }

    /** One front-end, and the store it runs over when that is remote (null for the embedded store). */
    private record Target(String name, String base, StoreDirect direct) {}

    private void run(List<NamedQuery> all, List<Target> targets, int calls, int warmup) throws Exception {
        printHeader(targets);
        List<List<Side>> results = new ArrayList<>();
        for (NamedQuery q : all) {
            List<Side> sides = sides(q, targets);
            for (int i = 0; i < warmup; i++) {
                for (Side s : sides) {
                    s.call(false);
                }
            }
            for (int i = 0; i < calls; i++) {
                for (Side s : sides) {
                    s.call(true);
                }
            }
            results.add(sides);
            printRow(q, targets, sides);
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d named queries, %d calls each after %d warm-up, one at a time, a %d s limit per call; p99 of"
                        + " fewer than 100 calls is the slowest call.%n%n",
                all.size(),
                calls,
                warmup,
                limit.toSeconds());
        printSummary(all, targets, results);
    }

    private List<Side> sides(NamedQuery q, List<Target> targets) {
        List<Side> sides = new ArrayList<>();
        for (Target t : targets) {
            sides.add(new RestSide(t.base() + TimedCalls.restPath(q)));
            if (t.direct() != null) {
                sides.add(new DirectSide(t.direct(), t.direct().sent(q.bind(ExampleQueries.params(q)))));
            }
        }
        return sides;
    }

    private static void printHeader(List<Target> targets) {
        StringBuilder h = new StringBuilder("| query | rows |");
        StringBuilder r = new StringBuilder("|---|---:|");
        for (Target t : targets) {
            h.append(" ").append(t.name()).append(": mdkg median / p99 ms |");
            r.append("---:|");
            if (t.direct() != null) {
                h.append(" ").append(t.name()).append(": store direct |").append(" ratio |");
                r.append("---:|---:|");
            }
        }
        System.out.println(h);
        System.out.println(r);
    }

    private static void printRow(NamedQuery q, List<Target> targets, List<Side> sides) {
        boolean fast = FastPaths.all().stream().anyMatch(e -> e.evaluates(q));
        StringBuilder row =
                new StringBuilder("| " + q.id() + (fast ? " (fast path)" : "") + " | " + rows(sides) + " |");
        int i = 0;
        for (Target t : targets) {
            Side rest = sides.get(i++);
            row.append(" ").append(rest.cell()).append(" |");
            if (t.direct() != null) {
                Side direct = sides.get(i++);
                row.append(" ")
                        .append(direct.cell())
                        .append(" | ")
                        .append(ratioCell(rest, direct))
                        .append(" |");
            }
        }
        System.out.println(row);
    }

    /** The rows every side answered, or each side's count when they differ (the REST total; -1 if unknown). */
    private static String rows(List<Side> sides) {
        List<Long> counts =
                sides.stream().filter(s -> s.failure == null).map(s -> s.rows).toList();
        if (counts.isEmpty()) {
            return "—";
        }
        return counts.stream().distinct().count() == 1
                ? String.valueOf(counts.get(0))
                : counts.stream().map(String::valueOf).collect(Collectors.joining(" / ")) + " (differ)";
    }

    private static String ratioCell(Side rest, Side direct) {
        return rest.hasMedian() && direct.hasMedian()
                ? String.format(Locale.ROOT, "%.2f", rest.median() / direct.median())
                : "—";
    }

    private static void printSummary(List<NamedQuery> all, List<Target> targets, List<List<Side>> results) {
        int i = 0;
        for (Target t : targets) {
            int restAt = i;
            int directAt = t.direct() != null ? i + 1 : -1;
            i += t.direct() != null ? 2 : 1;
            List<String> failed = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                Side rest = results.get(k).get(restAt);
                if (rest.failure != null) {
                    failed.add(all.get(k).id() + " (mdkg: " + rest.failure + ")");
                }
                if (directAt >= 0 && results.get(k).get(directAt).failure != null) {
                    failed.add(all.get(k).id() + " (store: " + results.get(k).get(directAt).failure + ")");
                }
            }
            StringBuilder line = new StringBuilder("- **" + t.name() + "**: ");
            line.append(medianRatio(
                    results,
                    restAt,
                    0,
                    "median of the per-query ratios mdkg / " + targets.get(0).name()));
            if (directAt >= 0) {
                line.append("; ")
                        .append(medianRatio(
                                results,
                                restAt,
                                directAt,
                                "**median of the per-query ratios" + " mdkg-over-store / store-direct**"));
            }
            line.append("; did not answer: ").append(failed.isEmpty() ? "none" : String.join(", ", failed));
            System.out.println(line);
        }
    }

    /** "LABEL R (over K queries)" for the median of the ratios of side {@code a} to side {@code b}. */
    private static String medianRatio(List<List<Side>> results, int a, int b, String label) {
        if (a == b) {
            return "the reference";
        }
        double[] ratios = results.stream()
                .filter(r -> r.get(a).hasMedian() && r.get(b).hasMedian())
                .mapToDouble(r -> r.get(a).median() / r.get(b).median())
                .sorted()
                .toArray();
        if (ratios.length == 0) {
            return label + " — (no query answered on both)";
        }
        double m = ratios.length % 2 == 1
                ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        return String.format(Locale.ROOT, "%s %.2f (over %d queries)", label, m, ratios.length);
    }

    /** One way to ask one query: its timings, the rows of its answer, or why it stopped being asked. */
    private abstract static class Side {
        private final List<Long> nanos = new ArrayList<>();
        long rows = -1;
        String failure;

        /** One call, kept if {@code measured}; a failure ends this side for the query. */
        void call(boolean measured) {
            if (failure != null) {
                return;
            }
            long start = System.nanoTime();
            try {
                rows = once();
            } catch (Failure e) {
                failure = e.getMessage();
                return;
            }
            if (measured) {
                nanos.add(System.nanoTime() - start);
            }
        }

        /** Asks once; the rows of the answer. */
        abstract long once() throws Failure;

        boolean hasMedian() {
            return failure == null && !nanos.isEmpty();
        }

        double median() {
            return TimedCalls.medianMillis(array());
        }

        String cell() {
            if (failure != null) {
                return failure;
            }
            long[] a = array();
            return String.format(Locale.ROOT, "%.1f / %.1f", TimedCalls.medianMillis(a), TimedCalls.p99Millis(a));
        }

        private long[] array() {
            return nanos.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** Why a side stopped: "timed out …", "HTTP 503", "error: …". */
    private static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final class RestSide extends Side {
        private final String url;

        RestSide(String url) {
            this.url = url;
        }

        @Override
        long once() throws Failure {
            TimedCalls.Timed r;
            try {
                r = http.get(url, limit.plusSeconds(5));
            } catch (HttpTimeoutException e) {
                throw new Failure(
                        "timed out (no answer in " + limit.plusSeconds(5).toSeconds() + " s)");
            } catch (IOException e) {
                throw new Failure("error: " + brief(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted");
            }
            if (r.status() == 503) {
                throw new Failure("timed out (HTTP 503)");
            }
            if (r.status() != 200) {
                throw new Failure("HTTP " + r.status());
            }
            try {
                return JSON.readTree(r.body()).path("total").asLong(-1);
            } catch (IOException e) {
                throw new Failure("error: answer not JSON");
            }
        }
    }

    private final class DirectSide extends Side {
        private final StoreDirect direct;
        private final Query sent;

        DirectSide(StoreDirect direct, Query sent) {
            this.direct = direct;
            this.sent = sent;
        }

        @Override
        long once() throws Failure {
            try {
                return direct.rows(sent, limit.toMillis());
            } catch (QueryCancelledException e) {
                throw new Failure("timed out (store)");
            } catch (RuntimeException e) {
                throw new Failure("error: " + brief(e.getMessage()));
            }
        }
    }

    private static String brief(String message) {
        String m = message == null ? "" : message.replaceAll("\\s+", " ").replace('|', '/');
        return m.length() <= 90 ? m : m.substring(0, 90) + "…";
    }
}
