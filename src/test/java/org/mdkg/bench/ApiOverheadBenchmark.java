package org.mdkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.mdkg.TestServers;
import org.mdkg.api.ExampleQueries;
import org.mdkg.config.Limits;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/**
 * Load generator, not a test: what the REST call of a named query costs over sending the same query to
 * {@code /sparql}. Starts the server on loopback over the bundled data, then for each named query (with its
 * example parameters, results of at most 500 rows) runs warm-up calls and then N calls of each, alternating
 * REST and SPARQL, and prints the medians. Run with
 * {@code mvn -q -Dmdkg.build.dir=target-api test-compile exec:java ...}; see docs/benchmarks-api.md.
 * Arguments: calls per query and side (default 200), warm-up calls (default 50), query directory (default queries).
 */
public final class ApiOverheadBenchmark {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ApiOverheadBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path queries = Path.of(args.length > 2 ? args[2] : "queries");
        Path tmp = Files.createTempDirectory("mdkg-bench");
        try (Store store = Store.open(tmp.resolve("db"))) {
            new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                    .load(List.of(Path.of("ontology"), Path.of("data")), null, LoadListener.SILENT);
            Settings settings = TestServers.settings(tmp.resolve("db"))
                    .queries(queries)
                    // a benchmark client sends far more than a reader's 100 requests a second
                    .limits(Limits.defaults().withAdmission(8, 100_000, 16, 64, Duration.ofSeconds(10)))
                    .build();
            try (MdkgServer server = TestServers.start(settings, store)) {
                new ApiOverheadBenchmark(server.baseUrl()).run(store, QueryLibrary.load(queries), calls, warmup);
            }
        }
    }

    private void run(Store store, QueryLibrary library, int calls, int warmup) throws Exception {
        System.out.printf(Locale.ROOT, "%-40s %6s %10s %10s %8s%n", "query", "rows", "REST ms", "SPARQL ms", "ratio");
        List<Double> ratios = new ArrayList<>();
        double restTotal = 0;
        double sparqlTotal = 0;
        for (NamedQuery q : library.all()) {
            String sparql = ExampleQueries.runnable(q);
            long rows = rows(store, q);
            if (rows < 0 || rows > 500) {
                continue;
            }
            String rest =
                    "/api/queries/" + q.id() + "?" + TestServers.queryString(ExampleQueries.params(q)) + "limit=500";
            String proto = "/sparql?query=" + enc(sparql);
            for (int i = 0; i < warmup; i++) {
                time(rest, "application/json");
                time(proto, "application/sparql-results+json");
            }
            long[] r = new long[calls];
            long[] s = new long[calls];
            for (int i = 0; i < calls; i++) {
                r[i] = time(rest, "application/json");
                s[i] = time(proto, "application/sparql-results+json");
            }
            double mr = median(r);
            double ms = median(s);
            restTotal += mr;
            sparqlTotal += ms;
            ratios.add(mr / ms);
            System.out.printf(Locale.ROOT, "%-40s %6d %10.3f %10.3f %8.3f%n", q.id(), rows, mr, ms, mr / ms);
        }
        double[] sorted =
                ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "queries: %d, calls per query and side: %d (after %d warm-up)%n",
                sorted.length,
                calls,
                warmup);
        System.out.printf(Locale.ROOT, "median of per-query ratios REST/SPARQL: %.3f%n", sorted[sorted.length / 2]);
        System.out.printf(
                Locale.ROOT,
                "sum of medians: REST %.1f ms, SPARQL %.1f ms, ratio %.3f%n",
                restTotal,
                sparqlTotal,
                restTotal / sparqlTotal);
    }

    private static long rows(Store store, NamedQuery q) {
        try {
            Query bound = q.bind(ExampleQueries.params(q));
            return Txn.calculateRead(
                    store.dataset(),
                    () -> QueryExec.dataset(store.dataset()).query(bound).select().stream()
                            .count());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private long time(String path, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (resp.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + resp.statusCode());
        }
        return took;
    }

    private static double median(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
