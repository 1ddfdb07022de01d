package org.mdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;

/**
 * {@code /metrics} in the Prometheus text format counts requests by route pattern and status (with latency
 * buckets), time-outs and writes, and gives the store's size; liveness and readiness answer apart from health.
 */
class MetricsIT {
    private static final String TOKEN = "metrics-test-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(MdkgServer server, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the first sample whose line starts with {@code series}, or 0 if there is none. */
    private static double sample(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.Ee+-]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void requests_time_outs_and_writes_are_counted_by_route_and_status(@TempDir Path tmp) throws Exception {
        try (Store store = WriteFixtures.storeWithContext(tmp.resolve("db"));
                MdkgServer server = TestServers.start(
                        TestServers.settings(tmp.resolve("db"))
                                .writes(new WriteAccess(true, TOKEN, null, null))
                                .queryTimeout(java.time.Duration.ofSeconds(1)),
                        store)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, get(server, "/api/processes").statusCode());
            }
            assertEquals(404, get(server, "/api/no-such-thing/at/all").statusCode());
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            assertEquals(
                    503,
                    get(server, "/sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8))
                            .statusCode());
            HttpResponse<String> write = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/update"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "INSERT DATA { GRAPH <urn:ex:metrics> { <https://ex/a> <https://ex/b> \"c\" } }"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, write.statusCode(), write.body());

            HttpResponse<String> scrape = get(server, "/metrics");
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String m = scrape.body();
            assertEquals(
                    3,
                    sample(
                            m,
                            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/processes\",status=\"200\"}"),
                    m);
            assertEquals(
                    1, sample(m, "http_server_requests_seconds_count{method=\"GET\",route=\"/api/…\",status=\"404\"}"));
            assertTrue(
                    m.contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/processes\""),
                    "latency histogram");
            assertEquals(1, sample(m, "mdkg_query_timeouts_total"), m);
            assertEquals(1, sample(m, "mdkg_writes_total"), m);
            assertTrue(
                    sample(m, "mdkg_store_bytes") > 0,
                    "store size: "
                            + m.lines().filter(l -> l.startsWith("mdkg_store")).toList());
            assertTrue(!m.contains("no-such-thing"), "routes are patterns, never raw paths");

            assertEquals(200, get(server, "/api/health/live").statusCode());
            HttpResponse<String> ready = get(server, "/api/health/ready");
            assertEquals(200, ready.statusCode());
            assertTrue(ready.body().contains("\"ready\""), ready.body());
        }
    }

    @Test
    void routes_are_patterns_with_a_bounded_number_of_series() {
        assertEquals("/api/queries/{id}", Metrics.route("/api/queries/unimplemented-commitments", 200));
        assertEquals("/api/processes/{id}", Metrics.route("/api/processes/rabat", 200));
        assertEquals("/api/…", Metrics.route("/api/anything-at-all", 404));
        assertEquals("/id/country", Metrics.route("/id/country/NER", 200));
        assertEquals("/id/…", Metrics.route("/id/made-up/x", 404));
        assertEquals("/assets", Metrics.route("/assets/pages.js", 200));
        assertEquals("other", Metrics.route("/wp-login.php", 404));
        assertEquals("/mcp", Metrics.route("/mcp", 200));
        assertEquals("/q", Metrics.route("/q", 201));
        assertEquals("/q/{id}", Metrics.route("/q/qgpkshwv6evt", 303));
    }
}
