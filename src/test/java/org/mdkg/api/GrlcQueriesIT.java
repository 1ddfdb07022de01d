package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdkg.Fixtures;
import org.mdkg.TestServers;
import org.mdkg.query.InvalidQueryFileException;
import org.mdkg.server.MdkgServer;

/**
 * grlc-style query files served by the real server: a query directory holding a copy of the bundled queries and
 * two files written with grlc's variables and decorators, over the bundled data.
 */
class GrlcQueriesIT {
    private static final String RABAT = "https://w3id.org/mdkg/id/process/rabat";
    private static final String KHARTOUM = "https://w3id.org/mdkg/id/process/khartoum";
    private static Path dir;
    private static MdkgServer server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("mdkg-grlc-it");
        Path queries = dir.resolve("queries");
        copy(Path.of("queries"), queries, List.of());
        copy(
                Fixtures.path("grlc", ""),
                queries,
                List.of("grlc-process-meetings.rq", "grlc-paged-meetings.rq", "meetings-of.rq"));
        BundledServer bundled = BundledServer.get();
        server = TestServers.start(TestServers.settings(dir.resolve("db")).queries(queries), bundled.store);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static void copy(Path from, Path to, List<String> only) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                if (only.isEmpty() || only.contains(f.getFileName().toString())) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    @Test
    void a_grlc_iri_parameter_filters_the_rows() {
        long rabat = total("/api/queries/grlc-process-meetings?process=" + enc(RABAT));
        long khartoum = total("/api/queries/grlc-process-meetings?process=" + enc(KHARTOUM));
        assertEquals(sparqlCount(RABAT), rabat);
        assertEquals(sparqlCount(KHARTOUM), khartoum);
        assertTrue(rabat > 0 && khartoum > 0, rabat + " / " + khartoum);
        assertTrue(rabat + khartoum <= sparqlCount(null), "each dialogue's meetings are fewer than all meetings");
    }

    @Test
    void a_required_grlc_parameter_left_out_is_a_400_naming_it() {
        HttpResponse<String> r = get("/api/queries/grlc-process-meetings");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("process", problem(r).path("parameter").asText(), r.body());
    }

    @Test
    void an_optional_grlc_parameter_narrows_when_given_and_is_unbound_when_not() {
        String base = "/api/queries/grlc-process-meetings?limit=500&process=" + enc(RABAT);
        JsonNode all = json(base);
        JsonNode later = json(base + "&from=2016-01-01");
        assertTrue(
                later.path("total").asLong() < all.path("total").asLong(),
                later.path("total") + " of " + all.path("total"));
        assertTrue(later.path("total").asLong() > 0);
        for (JsonNode row : later.path("items")) {
            assertTrue(row.path("date").asText().compareTo("2016-01-01") >= 0, row.toString());
        }
    }

    @Test
    void a_grlc_default_applies_when_the_parameter_is_not_given() {
        long byDefault = total("/api/queries/grlc-paged-meetings");
        assertEquals(sparqlCount(RABAT), byDefault);
        assertEquals(sparqlCount(KHARTOUM), total("/api/queries/grlc-paged-meetings?process=" + enc(KHARTOUM)));
    }

    @Test
    void enumerate_lists_the_values_in_the_data_and_refuses_others_naming_the_parameter() {
        JsonNode op = json("/api/openapi.json")
                .path("paths")
                .path("/api/queries/grlc-process-meetings")
                .path("get");
        List<String> values = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.path("name").asText().equals("process")) {
                p.path("schema").path("enum").forEach(v -> values.add(v.asText()));
            }
        }
        assertTrue(values.contains(RABAT) && values.contains(KHARTOUM), values.toString());
        assertEquals(distinctProcesses(), values.size(), values.toString());
        HttpResponse<String> r =
                get("/api/queries/grlc-process-meetings?process=" + enc("https://w3id.org/mdkg/id/process/nowhere"));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("process", problem(r).path("parameter").asText(), r.body());
    }

    @Test
    void pagination_sets_the_page_size_and_page_numbers_the_pages() {
        JsonNode first = json("/api/queries/grlc-paged-meetings");
        assertEquals(5, first.path("items").size(), first.toString());
        assertEquals(5, first.path("limit").asInt(), first.toString());
        JsonNode second = json("/api/queries/grlc-paged-meetings?page=2");
        assertEquals(5, second.path("offset").asInt(), second.toString());
        assertEquals(json("/api/queries/grlc-paged-meetings?offset=5").path("items"), second.path("items"));
        assertNotEquals(first.path("items"), second.path("items"));
        assertEquals(50, json("/api/queries/processes").path("limit").asInt(), "queries without pagination keep 50");
    }

    @Test
    void method_post_runs_the_query_with_a_form_or_json_body() {
        long byGet = total("/api/queries/grlc-process-meetings?process=" + enc(RABAT));
        HttpResponse<String> form = post(
                "/api/queries/grlc-process-meetings", "application/x-www-form-urlencoded", "process=" + enc(RABAT));
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(byGet, read(form).path("total").asLong());
        HttpResponse<String> json = post(
                "/api/queries/grlc-process-meetings",
                "application/json",
                "{\"process\": \"" + RABAT + "\", \"from\": \"2016-01-01\"}");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(read(json).path("total").asLong() < byGet, json.body());
        HttpResponse<String> notPost = post("/api/queries/processes", "application/x-www-form-urlencoded", "");
        assertEquals(405, notPost.statusCode(), notPost.body());
        assertTrue(json("/api/openapi.json")
                .path("paths")
                .path("/api/queries/grlc-process-meetings")
                .has("post"));
    }

    @Test
    void the_readme_example_answers_as_the_readme_says() {
        JsonNode page = json("/api/queries/meetings-of?process=" + enc(KHARTOUM) + "&from=2016-01-01&page=1");
        assertTrue(page.path("total").asLong() > 0, page.toString());
        assertEquals(5, page.path("limit").asInt());
        HttpResponse<String> posted = post(
                "/api/queries/meetings-of",
                "application/json",
                "{\"process\": \"" + RABAT + "\", \"from\": \"2016-01-01\"}");
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(read(posted).path("total").asLong() > 0, posted.body());
        assertEquals(sparqlCount(RABAT), total("/api/queries/meetings-of"));
    }

    @Test
    void the_openapi_with_grlc_operations_is_valid_openapi_3_1() throws IOException {
        JsonNode doc = json("/api/openapi.json");
        JsonSchema schema;
        try (InputStream in = GrlcQueriesIT.class.getResourceAsStream("/openapi/schema-3.1.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
        JsonNode paged =
                doc.path("paths").path("/api/queries/grlc-paged-meetings").path("get");
        assertTrue(paged.path("parameters").toString().contains("\"page\""), paged.toString());
    }

    @Test
    void the_catalogue_names_each_grlc_parameter_with_its_variable_and_the_methods() {
        for (JsonNode item : json("/api/queries").path("items")) {
            if (item.path("id").asText().equals("grlc-process-meetings")) {
                assertEquals("[\"GET\",\"POST\"]", item.path("methods").toString());
                assertEquals(
                        "_process_iri",
                        item.path("params").get(0).path("variable").asText());
                assertEquals("iri", item.path("params").get(0).path("type").asText());
                assertEquals("date", item.path("params").get(1).path("type").asText());
                return;
            }
        }
        throw new AssertionError("grlc-process-meetings is not in the catalogue");
    }

    @Test
    void a_page_on_another_origin_may_post_json_to_a_post_query() {
        HttpResponse<String> preflight =
                send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/queries/grlc-process-meetings"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://example.org")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type"));
        assertTrue(preflight.statusCode() < 300, preflight.statusCode() + " " + preflight.headers());
        String methods =
                preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST"), preflight.headers().toString());
        String headers =
                preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        assertTrue(
                headers.toLowerCase(Locale.ROOT).contains("content-type"),
                preflight.headers().toString());
    }

    @Test
    void the_bundled_queries_still_answer_beside_the_grlc_ones() {
        assertTrue(total("/api/queries/processes") > 0);
        assertFalse(json("/api/queries").path("items").isEmpty());
    }

    @Test
    void an_unsupported_grlc_decorator_stops_the_start_naming_file_and_line() throws IOException {
        Path queries = dir.resolve("bad-queries");
        copy(Fixtures.path("grlc", ""), queries, List.of("grlc-paged-meetings.rq", "bad-endpoint.rq"));
        var e = assertThrows(
                InvalidQueryFileException.class,
                () -> TestServers.start(
                                TestServers.settings(dir.resolve("db2")).queries(queries), BundledServer.get().store)
                        .close());
        assertTrue(e.getMessage().startsWith(queries.resolve("bad-endpoint.rq") + ":2:4: "), e.getMessage());
        assertTrue(e.getMessage().contains("'endpoint'"), e.getMessage());
    }

    private static long sparqlCount(String process) {
        String where = process == null ? "?_p" : "<" + process + ">";
        String q = "PREFIX mdkg: <https://w3id.org/mdkg/ontology#> SELECT (COUNT(DISTINCT ?m) AS ?n) "
                + "WHERE { ?m a mdkg:Meeting ; mdkg:ofDialogue " + where + " }";
        return count(q);
    }

    private static long distinctProcesses() {
        return count("PREFIX mdkg: <https://w3id.org/mdkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) "
                + "WHERE { ?m a mdkg:Meeting ; mdkg:ofDialogue ?p }");
    }

    private static long count(String query) {
        try (QueryExecHTTP exec =
                QueryExecHTTP.service(server.baseUrl() + "/sparql").query(query).build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }

    private static long total(String path) {
        return json(path).path("total").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return read(r);
    }

    private static JsonNode problem(HttpResponse<String> r) {
        return read(r);
    }

    private static JsonNode read(HttpResponse<String> r) {
        try {
            return BundledServer.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET());
    }

    private static HttpResponse<String> post(String path, String type, String body) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return BundledServer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
