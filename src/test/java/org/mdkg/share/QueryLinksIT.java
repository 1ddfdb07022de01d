package org.mdkg.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.Limits;
import org.mdkg.config.Settings;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryLink;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;
import org.mdkg.write.SystemGraphGuard;

/** {@code POST /q} and {@code GET /q/<id>} over HTTP, on real servers over a real TDB2 directory. */
class QueryLinksIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\r\n"
            + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 7\r\n";

    @TempDir
    Path tmp;

    @Test
    void a_shared_query_resolves_on_a_restarted_server_over_the_same_store_and_leaves_the_version() throws Exception {
        String href;
        try (Store store = Store.open(tmp.resolve("db"));
                MdkgServer server = TestServers.start(TestServers.settings(tmp.resolve("db")), store)) {
            String version = store.version();
            HttpResponse<String> posted = post(server, QUERY);
            assertEquals(201, posted.statusCode(), posted.body());
            href = posted.headers().firstValue("Location").orElseThrow();
            assertEquals(QueryLink.href(QUERY), href);
            assertEquals(href, JSON.readTree(posted.body()).get("href").asText());
            assertEquals(201, post(server, QUERY).statusCode(), "sharing the same text again gives the same link");
            assertEquals(version, store.version(), "sharing changes no data");
        }
        try (Store store = Store.open(tmp.resolve("db"));
                MdkgServer server = TestServers.start(TestServers.settings(tmp.resolve("db")), store)) {
            HttpResponse<String> text = get(server, href, "application/sparql-query");
            assertEquals(200, text.statusCode(), text.body());
            assertEquals(QueryLink.normalise(QUERY), text.body());
            HttpResponse<String> browser = get(server, href, "text/html");
            assertEquals(303, browser.statusCode());
            String location = browser.headers().firstValue("Location").orElseThrow();
            assertTrue(location.startsWith("/sparql?query="), location);
            assertEquals(
                    QueryLink.normalise(QUERY),
                    URLDecoder.decode(location.substring("/sparql?query=".length()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void named_queries_resolve_without_being_shared_and_a_long_one_through_the_sparql_page() throws Exception {
        try (Store store = Store.open(tmp.resolve("db"));
                MdkgServer server = TestServers.start(TestServers.settings(tmp.resolve("db")), store)) {
            for (NamedQuery q : QueryLibrary.load(Path.of("queries")).all()) {
                HttpResponse<String> text = get(server, QueryLink.href(q.text()), "application/sparql-query");
                assertEquals(200, text.statusCode(), q.id());
                assertEquals(QueryLink.normalise(q.text()), text.body(), q.id());
            }
            NamedQuery longest = QueryLibrary.load(Path.of("queries")).all().stream()
                    .max(java.util.Comparator.comparingInt(q -> q.text().length()))
                    .orElseThrow();
            HttpResponse<String> redirect = get(server, QueryLink.href(longest.text()), "text/html");
            assertEquals(303, redirect.statusCode());
            assertEquals(
                    "/sparql?shared=" + QueryLink.id(longest.text()),
                    redirect.headers().firstValue("Location").orElseThrow(),
                    longest.id() + " is too long for a Location with its text");
        }
    }

    @Test
    void unknown_links_are_404_bad_sparql_400_naming_the_line_another_type_415_and_an_oversized_one_413()
            throws Exception {
        try (Store store = Store.open(tmp.resolve("db"));
                MdkgServer server = TestServers.start(TestServers.settings(tmp.resolve("db")), store)) {
            assertProblem(get(server, "/q/aaaaaaaaaaaa", "text/html"), 404, "/q/aaaaaaaaaaaa");
            assertProblem(get(server, "/q/not-an-id", "text/html"), 404, "/q/not-an-id");
            assertProblem(post(server, "SELECT ?s\nWHERE { ?s ?p ?o\n"), 400, "line");
            assertProblem(post(server, "INSERT DATA { <a:b> <a:c> <a:d> }"), 400, "SPARQL syntax error");
            HttpResponse<String> form = HTTP.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/q"))
                            .header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(form, 415, "application/sparql-query");
            String large = "SELECT * { ?s ?p ?o } #" + "x".repeat((int) Limits.DEFAULT_QUERY_MAX_BYTES);
            assertProblem(post(server, large), 413, "MDKG_QUERY_MAX_BYTES");
        }
    }

    @Test
    void sharing_can_be_switched_off_while_the_known_links_still_resolve() throws Exception {
        Settings off = TestServers.settings(tmp.resolve("db")).share(false).build();
        try (Store store = Store.open(tmp.resolve("db"));
                MdkgServer server = TestServers.start(off, store)) {
            assertProblem(post(server, QUERY), 403, "MDKG_SHARE");
            NamedQuery any = QueryLibrary.load(Path.of("queries")).all().get(0);
            assertEquals(
                    200,
                    get(server, QueryLink.href(any.text()), "application/sparql-query")
                            .statusCode());
        }
    }

    @Test
    void ordinary_writes_cannot_touch_the_shared_queries() {
        assertTrue(SystemGraphGuard.isKept(GraphNames.SHARED_QUERIES));
        assertTrue(GraphNames.SYSTEM.containsAll(List.of(GraphNames.SHARED_QUERIES)));
    }

    private static void assertProblem(HttpResponse<String> r, int status, String inDetail) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains(inDetail), problem.toString());
    }

    private static HttpResponse<String> post(MdkgServer server, String text) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/q"))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(text))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(MdkgServer server, String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
