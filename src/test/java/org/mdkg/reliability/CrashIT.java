package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;

/**
 * kill -9 against a real child JVM running {@code mdkg load} or {@code mdkg serve} on a TDB2 directory: the store
 * is afterwards exactly at the state before or after the load, passes a full scan, keeps every acknowledged
 * write, and opens again without any lock to remove.
 */
class CrashIT {
    static final int TRIPLES = 200_000;
    static final String BIG_GRAPH = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:test/big> { ?s ?p ?o } }";

    @TempDir
    Path tmp;

    static Process mdkg(Path dir, List<String> env, String... args) throws IOException {
        return mdkg("512m", dir, env, args);
    }

    /** {@code mdkg args…} in a child JVM with heap {@code maxHeap}, working directory {@code dir}, extra {@code env}. */
    static Process mdkg(String maxHeap, Path dir, List<String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                "org.mdkg.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        for (String kv : env) {
            pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return pb.start();
    }

    private Path bigFile() throws IOException {
        Path file = tmp.resolve("big.nt");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < TRIPLES; i++) {
                w.write("<https://ex/s" + i + "> <https://ex/p" + (i % 7) + "> \"value number " + i + "\" .\n");
            }
        }
        return file;
    }

    private void prepare(Path db) {
        try (Store store = Store.open(db)) {
            new org.mdkg.load.Loader(store, Path.of("").toAbsolutePath(), org.mdkg.derive.Derivations.none())
                    .load(
                            List.of(Fixtures.path("load", "good-processes.ttl")),
                            null,
                            org.mdkg.load.LoadListener.SILENT);
        }
    }

    @Test
    void kill_9_during_a_large_load_leaves_the_state_before_or_after_and_a_whole_store() throws Exception {
        Path db = tmp.resolve("db").toAbsolutePath();
        prepare(db);
        long before;
        try (Store store = Store.open(db)) {
            before = WriteFixtures.fullScan(store);
        }
        Path big = bigFile();
        Random random = new Random(20261125L);
        int finished = 0;
        for (int round = 0; round < 3; round++) {
            Process load = mdkg(
                    Path.of("").toAbsolutePath(),
                    List.of(),
                    "load",
                    "--db",
                    db.toString(),
                    "--graph",
                    "urn:mdkg:graph:test/big",
                    big.toString());
            long delay = round == 2 ? 120_000 : 1_000 + random.nextInt(4_000);
            if (load.waitFor(delay, TimeUnit.MILLISECONDS)) {
                finished++;
            } else {
                load.destroyForcibly().waitFor();
            }
            try (Store store = Store.open(db)) {
                long big2 = WriteFixtures.count(store, BIG_GRAPH);
                assertTrue(
                        big2 == 0 || big2 == TRIPLES, "round " + round + ": " + big2 + " triples in the loaded graph");
                long scanned = WriteFixtures.fullScan(store);
                assertTrue(big2 == 0 ? scanned == before : scanned > before + 2L * TRIPLES, "round " + round);
            }
        }
        assertTrue(finished >= 1, "the unkilled round completes the load");
    }

    @Test
    void acknowledged_writes_survive_kill_9_and_the_store_reopens_without_a_stale_lock() throws Exception {
        Path db = tmp.resolve("db").toAbsolutePath();
        prepare(db);
        Process serve = mdkg(
                Path.of("").toAbsolutePath(),
                List.of("MDKG_WRITES=on", "MDKG_WRITE_TOKEN=crash-token"),
                "serve",
                "--db",
                db.toString(),
                "--port",
                "0");
        try {
            String base = awaitBaseUrl(serve);
            assertThrows(
                    RuntimeException.class, () -> Store.open(db).close(), "a second process may not open the store");
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 5; i++) {
                String update = "INSERT DATA { GRAPH <urn:mdkg:graph:test/acked> { <https://ex/acked" + i
                        + "> <https://ex/p> \"" + i + "\" } }";
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/update"))
                                .header("Authorization", "Bearer crash-token")
                                .header("Content-Type", "application/sparql-update")
                                .POST(HttpRequest.BodyPublishers.ofString(update))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
            }
        } finally {
            serve.destroyForcibly().waitFor();
        }
        try (Store store = Store.open(db)) {
            assertEquals(
                    5,
                    WriteFixtures.count(
                            store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:test/acked> { ?s ?p ?o } }"));
            assertTrue(WriteFixtures.fullScan(store) > 0);
        }
    }

    /** The base URL a child {@code mdkg serve} prints when it is ready; its later output is drained. */
    static String awaitBaseUrl(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("SPARQL\\s+(http://[^\\s]+)/sparql");
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = url.matcher(line);
            if (m.find() && line.startsWith("  SPARQL")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }
}
