package org.mdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.TestServers;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.LoadReport;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The real server on a free port over a real TDB2 directory, spoken to over HTTP. */
class ServerIT {
    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;
    static LoadReport loaded;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = Store.open(tmp.resolve("db"));
        loaded = new Loader(store, Path.of(""), Derivations.none())
                .load(
                        List.of(
                                Fixtures.path("load", "good-processes.ttl"),
                                Fixtures.path("load", "good-assessments.ttl")),
                        null,
                        LoadListener.SILENT);
        server = TestServers.start(TestServers.settings(tmp.resolve("db")).queryTimeout(Duration.ofSeconds(10)), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void sparql_count_over_the_named_graphs_equals_what_was_loaded() {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <urn:mdkg:graph:meta>) }";
        try (QueryExecHTTP qe =
                QueryExecHTTP.service(server.baseUrl() + "/sparql").query(q).build()) {
            RowSet rows = qe.select();
            assertEquals(loaded.triples(), Long.parseLong(rows.next().get("n").getLiteralLexicalForm()));
        }
    }

    @Test
    void default_graph_is_the_union_of_named_graphs() {
        String q = "PREFIX mdkg: <https://w3id.org/mdkg/ontology#> SELECT ?p { ?p a mdkg:RegionalConsultativeProcess }";
        try (QueryExecHTTP qe =
                QueryExecHTTP.service(server.baseUrl() + "/sparql").query(q).build()) {
            assertEquals(2L, qe.select().stream().count());
        }
    }

    @Test
    void health_reports_status_counts_store_and_version() throws Exception {
        JsonNode health = json("/api/health", 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals(store.tripleCount(), health.get("triples").asLong());
        assertEquals(3, health.get("namedGraphs").asInt(), "two files and the metadata graph");
        assertEquals("TDB2", health.get("store").asText());
        assertTrue(health.hasNonNull("version"));
    }

    @Test
    void graphs_lists_each_file_graph_with_size_and_source() throws Exception {
        JsonNode items = json("/api/graphs", 200).get("items");
        JsonNode processes = null;
        for (JsonNode g : items) {
            if (g.get("iri").asText().endsWith("good-processes.ttl")) {
                processes = g;
            }
        }
        assertEquals(4, processes.get("triples").asInt());
        assertEquals(
                "src/test/resources/fixtures/load/good-processes.ttl",
                processes.get("source").asText());
    }

    @Test
    void landing_page_links_the_endpoints() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/sparql") && r.body().contains("api/health"));
    }

    @Test
    void unknown_paths_get_problem_details_not_html() throws Exception {
        for (String path : List.of("/nowhere", "/api/nowhere")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertEquals(404, JSON.readTree(r.body()).get("status").asInt());
        }
    }

    @Test
    void writes_are_refused_when_not_enabled() throws Exception {
        long before = store.tripleCount();
        HttpResponse<String> update = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> viaQuery = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> put = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?default"))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> ."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, update.statusCode());
        assertTrue(viaQuery.statusCode() >= 400, "update through the query endpoint: " + viaQuery.statusCode());
        assertEquals(405, put.statusCode());
        assertEquals(before, store.tripleCount());
    }

    @Test
    void federated_service_calls_are_refused() throws Exception {
        String q = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r =
                get("/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(expectedStatus, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
