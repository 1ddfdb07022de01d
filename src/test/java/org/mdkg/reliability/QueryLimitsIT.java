package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;

/** Bounded queries: an expensive query ends with 503 at the time limit, and a cheap one still answers meanwhile. */
class QueryLimitsIT {
    static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;

    @BeforeAll
    static void start() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
        server = TestServers.start(TestServers.settings(tmp.resolve("db")).queryTimeout(Duration.ofSeconds(2)), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static CompletableFuture<HttpResponse<String>> query(String q) {
        return HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(
                                server.baseUrl() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_expensive_query_ends_with_503_and_a_cheap_query_answers_while_it_runs() throws Exception {
        CompletableFuture<HttpResponse<String>> expensive = query(CROSS_JOIN);
        Thread.sleep(300);
        HttpResponse<String> cheap =
                query("SELECT (COUNT(*) AS ?n) { ?s a ?t }").get();
        assertEquals(200, cheap.statusCode());
        assertTrue(!expensive.isDone(), "the cheap query was answered while the expensive one still ran");
        HttpResponse<String> r = expensive.get();
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void a_client_may_lower_the_time_limit_but_the_result_is_still_an_explicit_503() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql?timeout=500&query="
                                + URLEncoder.encode(CROSS_JOIN, StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void a_client_that_hangs_up_on_a_large_result_leaves_no_thread_serving_it_long_before_the_time_limit()
            throws Exception {
        try (MdkgServer patient = TestServers.start(
                TestServers.settings(tmp.resolve("db")).queryTimeout(Duration.ofSeconds(120)), store)) {
            URI uri = URI.create(patient.baseUrl());
            String path = "/sparql?query="
                    + URLEncoder.encode("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8);
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.getOutputStream()
                        .write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost()
                                        + "\r\nAccept: text/tab-separated-values\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                long read = 0;
                while (read < 256 * 1024) {
                    int n = in.read(buffer);
                    assertTrue(n > 0, "the result comes (computed whole, up to the row cap, before it is sent)");
                    read += n;
                }
            }
            long hungUp = System.nanoTime();
            while (queryRunning()
                    && System.nanoTime() - hungUp < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(50);
            }
            assertTrue(!queryRunning(), "the query still runs 30 s after the client hung up");
            HttpResponse<String> next = HTTP.send(
                    HttpRequest.newBuilder(URI.create(patient.baseUrl() + "/sparql?query="
                                    + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode());
        }
    }

    /** Whether some thread of this JVM is serving a SPARQL request (its stack is inside Fuseki's servlets). */
    static boolean queryRunning() {
        return Thread.getAllStackTraces().values().stream()
                .anyMatch(stack -> java.util.Arrays.stream(stack)
                        .anyMatch(f -> f.getClassName().startsWith("org.apache.jena.fuseki.servlets.")));
    }

    @Test
    void script_functions_are_not_available() throws Exception {
        String q = "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:f(1) AS ?x) {}";
        HttpResponse<String> r = query(q).get();
        assertTrue(r.statusCode() == 200 && !r.body().contains("\"x\":") || r.statusCode() >= 400, r.body());
        assertEquals(null, System.getProperty("jena:scripting"));
    }
}
