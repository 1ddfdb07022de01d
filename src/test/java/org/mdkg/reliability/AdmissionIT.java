package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.Limits;
import org.mdkg.config.Settings;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;

/**
 * Rate, concurrency and credential limits per client, a global queue with early 503s, {@code Retry-After} on every
 * refusal, health answered while queries queue, and REST parameters bounded in length.
 */
class AdmissionIT {
    static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Store store;

    @BeforeAll
    static void open() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static MdkgServer start(Limits limits) {
        Settings.Builder s = TestServers.settings(tmp.resolve("db"))
                .queryTimeout(Duration.ofSeconds(3))
                .limits(limits)
                .writes(new WriteAccess(true, "admission-token-0123456789", null, null));
        return TestServers.start(s, store);
    }

    static CompletableFuture<HttpResponse<String>> query(MdkgServer server, String q, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
        headers.forEach(b::header);
        return HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String title(HttpResponse<String> r) throws Exception {
        return r.statusCode() + " " + JSON.readTree(r.body()).path("title").asText();
    }

    static List<HttpResponse<String>> all(List<CompletableFuture<HttpResponse<String>>> futures) {
        return futures.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void one_client_past_its_concurrency_gets_429_with_retry_after_and_health_still_answers() throws Exception {
        try (MdkgServer server = start(Limits.defaults().withAdmission(2, 100, 8, 8, Duration.ofSeconds(10)))) {
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                slow.add(query(server, SLOW, Map.of()));
            }
            Thread.sleep(500);
            List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                more.add(query(server, SLOW, Map.of()));
            }
            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertFalse(slow.get(0).isDone(), "health answered while the slow queries ran");
            for (HttpResponse<String> r : all(more)) {
                assertEquals("429 Too many requests", title(r), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            }
            for (HttpResponse<String> r : all(slow)) {
                assertEquals(503, r.statusCode(), "the time limit");
            }
        }
    }

    @Test
    void past_the_running_slots_requests_queue_and_past_the_queue_they_get_503_with_retry_after() throws Exception {
        try (MdkgServer server = start(Limits.defaults().withAdmission(8, 100, 1, 1, Duration.ofSeconds(1)))) {
            CompletableFuture<HttpResponse<String>> running = query(server, SLOW, Map.of());
            Thread.sleep(500);
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(query(server, "ASK { ?s ?p ?o }", Map.of()));
            }
            List<String> answers = new ArrayList<>();
            for (HttpResponse<String> r : all(waiting)) {
                answers.add(title(r));
                assertTrue(
                        r.headers().firstValue("Retry-After").isPresent(),
                        r.headers().map().toString());
            }
            assertEquals(List.of("503 Server busy", "503 Server busy", "503 Server busy"), answers);
            assertEquals(503, running.join().statusCode());
            assertEquals(200, query(server, "ASK { ?s ?p ?o }", Map.of()).join().statusCode());
        }
    }

    @Test
    void the_rate_limit_keys_on_the_socket_not_on_a_forwarded_for_header() throws Exception {
        try (MdkgServer server = start(Limits.defaults().withAdmission(8, 5, 8, 8, Duration.ofSeconds(1)))) {
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> limited = null;
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> r = query(server, "ASK {}", Map.of("X-Forwarded-For", "10.0.0." + i))
                        .join();
                statuses.add(r.statusCode());
                if (r.statusCode() == 429) {
                    limited = r;
                }
            }
            assertTrue(statuses.contains(429), statuses.toString());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void wrong_credentials_are_throttled_harder_than_requests_and_none_travel_in_the_url() throws Exception {
        try (MdkgServer server = start(Limits.defaults().withAuthFailures(3))) {
            List<Integer> statuses = new ArrayList<>();
            for (String token : List.of("wrong-1", "wrong-2", "wrong-3", "wrong-4", "admission-token-0123456789")) {
                statuses.add(HTTP.send(
                                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/update"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/sparql-update")
                                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR SILENT GRAPH <urn:ex:x>"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
            }
            assertEquals(List.of(403, 403, 403, 429, 429), statuses, "the right token waits too, for a minute");
        }
        try (MdkgServer server = start(Limits.defaults())) {
            HttpResponse<String> inUrl = HTTP.send(
                    HttpRequest.newBuilder(
                                    URI.create(server.baseUrl() + "/update?access_token=admission-token-0123456789"))
                            .header("Authorization", "Bearer admission-token-0123456789")
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString("CLEAR SILENT GRAPH <urn:ex:x>"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, inUrl.statusCode(), inUrl.body());
        }
    }

    @Test
    void long_rest_parameters_are_refused_naming_them_and_no_server_banner_is_sent() throws Exception {
        try (MdkgServer server = start(Limits.defaults())) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search?q=" + "rabat".repeat(1_000)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("q", JSON.readTree(r.body()).get("parameter").asText());
            assertTrue(
                    r.headers().firstValue("Server").isEmpty(),
                    r.headers().map().toString());
            HttpResponse<String> longList = HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    server.baseUrl() + "/api/commitments?limit=5&process=" + "x".repeat(5_000)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, longList.statusCode(), longList.body());
            assertEquals(
                    "process", JSON.readTree(longList.body()).get("parameter").asText());
            assertTrue(longList.headers().firstValue("Link").isEmpty(), "nothing long is echoed into a header");
            assertFalse(longList.body().contains("xxxxxxxxxx"), "nor into the problem");
            HttpResponse<String> ok = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/search?q=test"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            HttpResponse<String> bad = query(server, "SELECT * {", Map.of()).join();
            assertEquals(400, bad.statusCode());
            assertFalse(bad.body().contains("\tat "), "no stack trace: " + bad.body());
            assertTrue(bad.headers().firstValue("Server").isEmpty());
        }
    }
}
