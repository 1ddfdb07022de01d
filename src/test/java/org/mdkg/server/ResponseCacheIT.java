package org.mdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;

/** Repeated reads come from memory, and never outlive a write; the real server over a real TDB2 directory. */
class ResponseCacheIT {
    static final String TOKEN = "cache-test-token";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:ex:cache> { ?s ?p ?o } }";

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;

    @BeforeAll
    static void start() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
        server = TestServers.start(
                TestServers.settings(tmp.resolve("db"))
                        .writes(new WriteAccess(true, TOKEN, null, null))
                        .cacheEntryMaxBytes(4096),
                store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void a_repeated_read_is_answered_from_memory_with_the_same_body() throws Exception {
        HttpResponse<String> first = get("/api/health", null);
        HttpResponse<String> second = get("/api/health", null);
        assertEquals(200, second.statusCode());
        assertNull(first.headers().firstValue("X-Cache").orElse(null));
        assertEquals("hit", second.headers().firstValue("X-Cache").orElse(null));
        assertEquals(first.body(), second.body());
    }

    @Test
    void a_write_empties_the_cache_so_the_next_read_sees_it() throws Exception {
        String before = get(sparql(COUNT), "text/csv").body();
        assertEquals(
                "hit",
                get(sparql(COUNT), "text/csv").headers().firstValue("X-Cache").orElse(null));
        HttpResponse<String> write = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/update"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "INSERT DATA { GRAPH <urn:ex:cache> { <https://ex/a> <https://ex/b> \"c\" } }"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, write.statusCode(), write.body());
        HttpResponse<String> after = get(sparql(COUNT), "text/csv");
        assertNull(after.headers().firstValue("X-Cache").orElse(null));
        assertNotEquals(before, after.body());
    }

    @Test
    void a_sparql_answer_has_an_etag_and_a_matching_revalidation_gets_304() throws Exception {
        HttpResponse<String> r = get(sparql("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        String etag = r.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        HttpResponse<String> again = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + sparql("ASK { ?s ?p ?o }")))
                        .header("Accept", "application/sparql-results+json")
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void answers_larger_than_the_entry_limit_and_requests_with_credentials_are_not_kept() throws Exception {
        get("/api/openapi.json", null);
        assertNull(
                get("/api/openapi.json", null).headers().firstValue("X-Cache").orElse(null), "over 4 KiB");
        HttpRequest withToken = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/health"))
                .header("Authorization", "Bearer " + TOKEN)
                .build();
        HTTP.send(withToken, HttpResponse.BodyHandlers.ofString());
        assertNull(HTTP.send(withToken, HttpResponse.BodyHandlers.ofString())
                .headers()
                .firstValue("X-Cache")
                .orElse(null));
    }

    @Test
    void concurrent_misses_of_one_request_evaluate_it_once_and_share_its_answer() {
        // about 3 million solutions to count: long enough that the five requests arrive while the first still runs
        String values = " VALUES ?%s { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 }";
        String slow = "SELECT (COUNT(*) AS ?n) {" + String.format(values, "a") + String.format(values, "b")
                + String.format(values, "c") + String.format(values, "d") + String.format(values, "e") + " }";
        List<HttpResponse<String>> answers = together(sparql(slow), "text/csv", 5);
        answers.forEach(a -> assertEquals(200, a.statusCode(), a.body()));
        assertEquals(
                Set.of("n\r\n3200000\r\n"),
                answers.stream().map(HttpResponse::body).collect(Collectors.toSet()));
        assertEquals(
                1,
                answers.stream()
                        .filter(a -> a.headers().firstValue("X-Cache").isEmpty())
                        .count(),
                "one evaluation; the others were given its answer");
    }

    @Test
    void concurrent_misses_whose_answer_cannot_be_kept_are_each_answered() {
        List<HttpResponse<String>> answers = together("/api/openapi.json", null, 4);
        answers.forEach(a -> assertEquals(200, a.statusCode()));
        assertEquals(1, answers.stream().map(HttpResponse::body).distinct().count(), "over 4 KiB, the same body");
    }

    /** {@code n} GETs of {@code path} sent at once, their answers in order. */
    private static List<HttpResponse<String>> together(String path, String accept, int n) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpRequest request = b.build();
        return Stream.generate(() -> HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .limit(n)
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
