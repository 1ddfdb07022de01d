package org.mdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdkg.TestServers;
import org.mdkg.api.BundledServer;
import org.mdkg.api.ExampleQueries;
import org.mdkg.config.Settings;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.SparqlStore;
import org.mdkg.store.Store;
import org.mdkg.store.StoreProcess;

/**
 * mdkg over a real remote engine started by the test (its own process, a throw-away dataset): the first start loads
 * the bundled files into the empty store, a second start does not load again, and the front-end answers as the same
 * mdkg over the embedded store does — every named query, the pages, {@code /sparql} with its refusals. Each engine
 * is a subclass naming how to start it ({@link RemoteStoreIT} for Fuseki, {@link VirtuosoStoreIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RemoteStoreSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final BundledServer EMBEDDED = BundledServer.get();

    private StoreProcess engine;
    private Store remote;
    private MdkgServer server;

    /** Starts the engine the tests run against. */
    abstract StoreProcess startEngine();

    /**
     * The named queries this engine is known to answer otherwise (each in docs/scale-out.md with the cause): they
     * must still answer 200, and the test fails when they come to answer alike; none by default.
     */
    Set<String> knownDifferences() {
        return Set.of();
    }

    @BeforeAll
    void start() {
        engine = startEngine();
        Settings settings =
                TestServers.settings(Path.of("unused-db")).store(engine.store()).build();
        remote = RemoteStores.open(settings);
        server = TestServers.start(settings, remote);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    static Stream<String> queryIds() {
        return QueryLibrary.load(Path.of("queries")).all().stream().map(NamedQuery::id);
    }

    @Test
    void the_first_start_loads_the_bundled_files_and_derives_into_the_empty_store() {
        assertFalse(remote.isEmpty());
        List<String> expected = new ArrayList<>(
                EMBEDDED.store.graphNames().stream().map(g -> g.getURI()).toList());
        expected.add("urn:mdkg:graph:changes"); // the first load is recorded, as mdkg load records it
        expected.sort(null);
        assertEquals(
                expected,
                remote.graphNames().stream().map(g -> g.getURI()).sorted().toList());
        assertTrue(remote.graphNames().stream().anyMatch(g -> g.getURI().equals("urn:mdkg:graph:derived")));
        assertEquals(16, remote.version().length());
    }

    @Test
    void a_second_start_over_the_loaded_store_does_not_load_again() {
        String before = remote.version();
        Settings settings =
                TestServers.settings(Path.of("unused-db")).store(engine.store()).build();
        Store again = RemoteStores.open(settings);
        assertEquals(before, again.version(), "a load would have given the store a new version");
        assertEquals(remote.tripleCount(), again.tripleCount());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryIds")
    void every_named_query_answers_the_same_rows_as_over_the_embedded_store(String id) {
        NamedQuery q = QueryLibrary.load(Path.of("queries")).find(id).orElseThrow();
        String path = "/api/queries/" + id + "?" + TestServers.queryString(ExampleQueries.params(q)) + "limit=500";
        JsonNode embedded = json(EMBEDDED.url(path));
        JsonNode over = json(server.baseUrl() + path);
        if (knownDifferences().contains(id)) {
            assertNotEquals(items(embedded), items(over), id + " answers alike now: take it off knownDifferences");
        } else {
            assertEquals(embedded.get("total"), over.get("total"), "total of " + id);
            assertEquals(items(embedded), items(over), "rows of " + id);
        }
    }

    @Test
    void the_pages_answer_over_the_remote_store() {
        for (String page : List.of("/", "/tracker", "/id/country/NER")) {
            HttpResponse<String> r = get(server.baseUrl() + page, "Accept", "text/html");
            assertEquals(200, r.statusCode(), page + ": " + r.body());
            assertEquals(get(EMBEDDED.url(page), "Accept", "text/html").statusCode(), r.statusCode(), page);
        }
    }

    @Test
    void sparql_answers_as_over_the_embedded_store() {
        String query = "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/mdkg/ontology#Commitment> }";
        HttpResponse<String> embedded = sparql(EMBEDDED.url("/sparql"), query);
        HttpResponse<String> over = sparql(server.baseUrl() + "/sparql", query);
        assertEquals(200, over.statusCode(), over.body());
        assertEquals(
                readTree(embedded.body()).at("/results/bindings/0/n/value"),
                readTree(over.body()).at("/results/bindings/0/n/value"));
    }

    @Test
    void sparql_refuses_service_as_over_the_embedded_store() {
        String query = "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        HttpResponse<String> over = sparql(server.baseUrl() + "/sparql", query);
        int embedded = sparql(EMBEDDED.url("/sparql"), query).statusCode();
        assertTrue(embedded >= 400 && embedded < 500, "embedded: " + embedded);
        assertEquals(embedded, over.statusCode(), over.body());
    }

    @Test
    void a_query_past_the_time_limit_is_a_503_over_the_remote_store() {
        Settings quick = TestServers.settings(Path.of("unused-db"))
                .store(engine.store())
                .queryTimeout(Duration.ofSeconds(1))
                .build();
        // a store of its own: a server sets its time limit on the store's dataset
        try (MdkgServer impatient = TestServers.start(quick, SparqlStore.connect(engine.store()))) {
            String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            HttpResponse<String> r = sparql(impatient.baseUrl() + "/sparql", cross);
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void a_query_past_the_stores_own_time_limit_is_a_503_too() {
        // the test's engine stops a query after 20 s (Fuseki and Virtuoso), before mdkg's 30 s: a time-out here
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = sparql(server.baseUrl() + "/sparql", cross);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("time limit"), r.body());
    }

    /**
     * The rows, each with its lists in a fixed order: SPARQL leaves the order of GROUP_CONCAT open, and TDB2 and
     * Fuseki's in-memory store concatenate in different orders (docs/scale-out.md), so a list is compared as a set.
     */
    private static List<String> items(JsonNode page) {
        List<String> rows = new ArrayList<>();
        page.get("items").forEach(item -> rows.add(normalised(item)));
        rows.sort(null);
        return rows;
    }

    private static String normalised(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(normalised(n)));
            parts.sort(null);
            return parts.toString();
        }
        if (node.isObject()) {
            StringBuilder b = new StringBuilder("{");
            node.properties()
                    .forEach(e -> b.append(e.getKey())
                            .append('=')
                            .append(normalised(e.getValue()))
                            .append(';'));
            return b.append('}').toString();
        }
        return node.toString();
    }

    private static JsonNode json(String url) {
        HttpResponse<String> r = get(url, "Accept", "application/json");
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return readTree(r.body());
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> sparql(String url, String query) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build());
    }

    private static HttpResponse<String> get(String url, String... headers) {
        // a bound on each request, so that an engine that runs a query for minutes fails the test rather than hangs it
        return send(HttpRequest.newBuilder(URI.create(url))
                .headers(headers)
                .timeout(Duration.ofMinutes(3))
                .GET()
                .build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
