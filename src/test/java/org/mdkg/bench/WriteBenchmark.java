package org.mdkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/**
 * Benchmark, not a test: one-triple {@code INSERT DATA} and {@code DELETE DATA} via {@code POST /update}, on mdkg
 * and on a plain Fuseki ({@link FusekiServer} over a TDB2 copy of the same quads) in the same JVM, alternating A B
 * A B, and prints a Markdown table of medians and ratios. Arguments: {@code bundled|synthetic DIR [rounds]
 * [triples]}. {@code DIR/mdkg} is the mdkg store (loaded from {@code ontology/} and {@code data/}, or from a
 * {@link SyntheticGraph} of {@code triples} triples, when absent), {@code DIR/plain} its copy for Fuseki (made
 * with TDB2's bulk loader when absent). Each round sends, to each server, the same four updates: a comment added to
 * and removed from a commitment (no derivation reads it), and a theme added to and removed from a commitment
 * (which its scope keys, its dialogue's memberships and its indicator facts read).
 */
public final class WriteBenchmark {
    private static final String TOKEN = "bench-token";
    private static final int WARMUP = 2;

    private WriteBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int triples = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        Path mdkgDb = dir.resolve("mdkg");
        Path plainDb = dir.resolve("plain");
        if (!Files.exists(mdkgDb)) {
            Files.createDirectories(dir);
            prepare(mode, dir, mdkgDb, triples);
        }
        Store store = Store.open(mdkgDb);
        if (!Files.exists(plainDb)) {
            copy(store.dataset(), plainDb);
        }
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(plainDb.toString());
        MdkgServer mdkg =
                TestServers.start(TestServers.settings(mdkgDb).writes(new WriteAccess(true, TOKEN, null, null)), store);
        FusekiServer fuseki =
                FusekiServer.create().port(0).add("/ds", plain, true).build().start();
        String commitment = mode.equals("bundled")
                ? "https://w3id.org/mdkg/id/commitment/c72"
                : "https://w3id.org/mdkg/id/commitment/c1";
        List<String> updates = List.of(
                "INSERT DATA { GRAPH <urn:mdkg:graph:bench> { <" + commitment
                        + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"benchmark\"@en } }",
                "DELETE DATA { GRAPH <urn:mdkg:graph:bench> { <" + commitment
                        + "> <http://www.w3.org/2000/01/rdf-schema#comment> \"benchmark\"@en } }",
                "INSERT DATA { GRAPH <urn:mdkg:graph:bench> { <" + commitment
                        + "> <http://purl.org/dc/terms/subject> <https://w3id.org/mdkg/id/theme/visa> } }",
                "DELETE DATA { GRAPH <urn:mdkg:graph:bench> { <" + commitment
                        + "> <http://purl.org/dc/terms/subject> <https://w3id.org/mdkg/id/theme/visa> } }");
        String a = "http://127.0.0.1:" + mdkg.port() + "/update";
        String b = "http://127.0.0.1:" + fuseki.getPort() + "/ds/update";
        HttpClient http = HttpClient.newHttpClient();
        List<List<Long>> mdkgTimes = new ArrayList<>();
        List<List<Long>> plainTimes = new ArrayList<>();
        updates.forEach(u -> {
            mdkgTimes.add(new ArrayList<>());
            plainTimes.add(new ArrayList<>());
        });
        for (int round = 0; round < WARMUP + rounds; round++) {
            for (int u = 0; u < updates.size(); u++) {
                long tA = post(http, a, updates.get(u), true);
                long tB = post(http, b, updates.get(u), false);
                if (round >= WARMUP) {
                    mdkgTimes.get(u).add(tA);
                    plainTimes.get(u).add(tB);
                }
            }
        }
        long quads = Txn.calculateRead(plain, () -> count(plain));
        System.out.println("\n" + Instant.now() + ", " + mode + ", " + quads + " quads, " + rounds + " rounds after "
                + WARMUP + " warm-up rounds, times in ms (median / max), measured by the client\n");
        System.out.println("| update | mdkg | plain Fuseki | ratio of medians |");
        System.out.println("|---|---|---|---|");
        List<String> names = List.of(
                "INSERT DATA rdfs:comment",
                "DELETE DATA rdfs:comment",
                "INSERT DATA dct:subject",
                "DELETE DATA dct:subject");
        for (int u = 0; u < updates.size(); u++) {
            double ma = median(mdkgTimes.get(u));
            double mb = median(plainTimes.get(u));
            System.out.printf(
                    "| %s | %.1f / %.1f | %.1f / %.1f | %.1f× |%n",
                    names.get(u), ma, max(mdkgTimes.get(u)), mb, max(plainTimes.get(u)), ma / mb);
        }
        fuseki.stop();
        mdkg.close();
        store.close();
        System.exit(0);
    }

    private static void prepare(String mode, Path dir, Path db, int triples) throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("ontology")));
        if (mode.equals("bundled")) {
            files.add(Path.of("data"));
        } else {
            Path nt = dir.resolve("synthetic.nt");
            SyntheticGraph.main(new String[] {nt.toString(), Integer.toString(triples)});
            files.add(nt);
        }
        long t0 = System.nanoTime();
        try (Store store = Store.open(db)) {
            new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                    .load(files, null, LoadListener.SILENT);
        }
        System.out.println("loaded " + files + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** Every quad of {@code source} into a new TDB2 database with TDB2's bulk loader. */
    private static void copy(DatasetGraph source, Path target) {
        DatasetGraph copy = DatabaseMgr.connectDatasetGraph(target.toString());
        DataLoader loader = LoaderFactory.sequentialLoader(copy, (format, arguments) -> {});
        loader.startBulk();
        Txn.executeRead(source, () -> source.find().forEachRemaining(loader.stream()::quad));
        loader.finishBulk();
        copy.close();
    }

    private static long count(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** Sends one update; returns the microseconds until the whole answer was read. */
    private static long post(HttpClient http, String url, String update, boolean bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (bearer) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long us = (System.nanoTime() - t0) / 1_000;
            if (r.statusCode() / 100 != 2) {
                System.out.println(url + " answered " + r.statusCode() + " after " + us / 1000 + " ms: " + r.body());
            }
            return us;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1000.0;
    }

    private static double max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0;
    }
}
