package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import org.mdkg.store.StoreCheck;
import org.mdkg.write.WriteFixtures;

/** Online compaction: {@code POST /compact} with the write credentials, while reads and writes go on. */
class CompactionIT {
    static final String TOKEN = "compaction-token-0123456789";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <https://ex/p> ?o } }";

    @TempDir
    Path tmp;

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder put(MdkgServer server, int i) {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < 500; k++) {
            body.append("<https://ex/s")
                    .append(k)
                    .append("> <https://ex/p> \"write ")
                    .append(i)
                    .append("\" .\n");
        }
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph="
                        + URLEncoder.encode("urn:mdkg:graph:test/c", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    /** A read that takes a while (500 × 500 rows counted), so reads are open at every moment. */
    static final String PAIRS =
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s <https://ex/p> ?o } GRAPH ?h { ?t <https://ex/p> ?u } }";

    static long count(MdkgServer server) throws Exception {
        return count(server, COUNT);
    }

    static long count(MdkgServer server, String query) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(
                        server.baseUrl() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void post_compact_shrinks_the_store_while_it_serves_and_needs_the_write_credentials() throws Exception {
        Path db = tmp.resolve("db");
        try (Store store = WriteFixtures.storeWithContext(db);
                MdkgServer server = TestServers.start(
                        TestServers.settings(db).writes(new WriteAccess(true, TOKEN, null, null)), store)) {
            for (int i = 0; i < 10; i++) {
                assertEquals(200, send(put(server, i)).statusCode());
            }
            assertEquals(500, count(server));
            HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/compact"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            CompletableFuture<HttpResponse<String>> compaction = HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/compact"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, count(server), "reads answer during compaction");
            HttpResponse<String> done = compaction.join();
            assertEquals(200, done.statusCode(), done.body());
            JsonNode r = JSON.readTree(done.body());
            assertTrue(r.get("bytesAfter").asLong() < r.get("bytesBefore").asLong(), done.body());
            assertEquals(
                    1,
                    CompactionCrashIT.generations(db).size(),
                    CompactionCrashIT.generations(db).toString());
            assertEquals(500, count(server));
            assertEquals(200, send(put(server, 99)).statusCode(), "writes go on after the switch");
            assertTrue(StoreCheck.run(store).ok());
        }
    }

    @Test
    void compaction_under_steady_reads_finishes_each_time_and_every_read_answers() throws Exception {
        Path db = tmp.resolve("db");
        try (Store store = WriteFixtures.storeWithContext(db);
                MdkgServer server = TestServers.start(
                        TestServers.settings(db).writes(new WriteAccess(true, TOKEN, null, null)), store)) {
            assertEquals(200, send(put(server, 0)).statusCode());
            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread reader = Thread.ofPlatform().start(() -> {
                    // reads in flight at every moment, so some are open when Jena switches generations
                    while (reading.get()) {
                        try {
                            long n = count(server, PAIRS);
                            reads.incrementAndGet();
                            if (n != 500 * 500) {
                                failures.add("pairs " + n);
                            }
                            Thread.sleep(20);
                        } catch (Throwable e) {
                            failures.add(String.valueOf(e));
                        }
                    }
                });
                readers.add(reader);
            }
            try {
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/compact"))
                            .header("Authorization", "Bearer " + TOKEN)
                            // a hang detector, not a speed target: a stuck compaction never answers
                            .timeout(Duration.ofSeconds(90))
                            .POST(HttpRequest.BodyPublishers.noBody()));
                    assertEquals(200, done.statusCode(), done.body());
                    assertEquals(200, send(put(server, i + 1)).statusCode(), "writes go on after compaction " + i);
                }
            } finally {
                reading.set(false);
                for (Thread reader : readers) {
                    reader.join();
                }
            }
            assertEquals(List.of(), List.copyOf(failures));
            assertTrue(reads.get() > 10, "the readers ran: " + reads.get());
            assertEquals(1, CompactionCrashIT.generations(db).size());
        }
    }
}
