package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/**
 * The graphs mdkg keeps (change log, load records, derived data) and the graphs loaded from {@code ontology/} (the
 * SHACL shapes among them) cannot be written by any form of update or Graph Store request, and the SHACL gate uses
 * the shapes shipped in the jar, so no writer can switch it off.
 */
class GuardedGraphsIT {
    static final String TOKEN = "guard-token-0123456789";
    static final String BEARER = "Bearer " + TOKEN;
    static final String SHAPES = "urn:mdkg:graph:ontology/shapes.ttl";
    static final List<String> KEPT = List.of(
            "urn:mdkg:graph:changes",
            "urn:mdkg:graph:meta",
            "urn:mdkg:graph:derived",
            SHAPES,
            "urn:mdkg:graph:ontology/mdkg.ttl");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;

    @BeforeAll
    static void start() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
        server = TestServers.start(
                TestServers.settings(tmp.resolve("db")).writes(new WriteAccess(true, TOKEN, null, null)), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> update(String sparql) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/update"))
                        .header("Authorization", BEARER)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(sparql))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> graphStore(String method, String graph, String turtle) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                server.baseUrl() + "/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                        .header("Authorization", BEARER)
                        .header("Content-Type", "text/turtle")
                        .method(
                                method,
                                turtle == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(turtle))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void deleting_the_shapes_graph_is_refused_and_the_gate_still_refuses_violations() throws Exception {
        HttpResponse<String> delete = graphStore("DELETE", SHAPES, null);
        assertEquals(403, delete.statusCode(), delete.body());
        assertTrue(delete.body().contains(SHAPES), delete.body());
        HttpResponse<String> violating = graphStore(
                "PUT",
                "urn:mdkg:graph:test/violating",
                Files.readString(WriteFixtures.file("violating-assessment.ttl")));
        assertEquals(422, violating.statusCode(), violating.body());
    }

    @Test
    void every_form_of_update_on_a_kept_graph_is_refused_and_changes_nothing() throws Exception {
        assertEquals(
                200,
                graphStore("PUT", "urn:mdkg:graph:test/source", "<https://ex/a> <https://ex/b> 1 .")
                        .statusCode());
        Fingerprint before = Fingerprint.of(store.dataset());
        List<String> answered = new ArrayList<>();
        for (String g : KEPT) {
            for (String u : List.of(
                    "DROP GRAPH <" + g + ">",
                    "DROP SILENT GRAPH <" + g + ">",
                    "CLEAR GRAPH <" + g + ">",
                    "CLEAR SILENT GRAPH <" + g + ">",
                    "CREATE SILENT GRAPH <" + g + ">",
                    "MOVE <" + g + "> TO <urn:mdkg:graph:test/moved>",
                    "COPY <urn:mdkg:graph:test/source> TO <" + g + ">",
                    "ADD <urn:mdkg:graph:test/source> TO <" + g + ">",
                    "MOVE <urn:mdkg:graph:test/source> TO <" + g + ">",
                    "INSERT DATA { GRAPH <" + g + "> { <https://ex/a> <https://ex/b> 2 } }",
                    "DELETE DATA { GRAPH <" + g + "> { <https://ex/a> <https://ex/b> 2 } }",
                    "DELETE WHERE { GRAPH <" + g + "> { ?s ?p ?o } }",
                    "WITH <" + g + "> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                    "DELETE { GRAPH <" + g + "> { ?s ?p ?o } } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }",
                    "INSERT DATA { GRAPH <urn:mdkg:graph:test/ok> { <https://ex/x> <https://ex/y> 1 } } ; DROP GRAPH <"
                            + g + ">")) {
                answered.add(update(u).statusCode() + " " + u);
            }
            for (String method : List.of("PUT", "POST", "DELETE")) {
                answered.add(graphStore(method, g, "<https://ex/a> <https://ex/b> 3 .")
                                .statusCode() + " " + method + " " + g);
            }
        }
        for (String u : List.of("DROP ALL", "CLEAR ALL", "DROP NAMED", "CLEAR NAMED", "DROP SILENT ALL")) {
            answered.add(update(u).statusCode() + " " + u);
        }
        List<String> notRefused =
                answered.stream().filter(a -> !a.startsWith("403 ")).toList();
        assertEquals(List.of(), notRefused);
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void a_pattern_over_every_graph_cannot_reach_the_kept_graphs() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        HttpResponse<String> r = update(
                "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g = <" + SHAPES + ">) }");
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void clearing_a_curated_graph_is_recorded_with_what_it_removed() throws Exception {
        assertEquals(
                200,
                graphStore("PUT", "urn:mdkg:graph:test/cleared", "<https://ex/a> <https://ex/b> 1 , 2 .")
                        .statusCode());
        HttpResponse<String> cleared = update("CLEAR GRAPH <urn:mdkg:graph:test/cleared>");
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertEquals(2, JSON.readTree(cleared.body()).get("removed").asInt(), cleared.body());
        assertEquals(
                0,
                WriteFixtures.count(
                        store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:test/cleared> { ?s ?p ?o } }"));
        assertEquals(
                200,
                graphStore("PUT", "urn:mdkg:graph:test/copied", "<https://ex/a> <https://ex/b> 9 .")
                        .statusCode());
        HttpResponse<String> copied = update("COPY <urn:mdkg:graph:test/copied> TO <urn:mdkg:graph:test/copy>");
        assertEquals(200, copied.statusCode(), copied.body());
        assertEquals(1, JSON.readTree(copied.body()).get("added").asInt(), copied.body());
    }
}
