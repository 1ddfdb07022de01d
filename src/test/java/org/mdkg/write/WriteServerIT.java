package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.backup.Restore;
import org.mdkg.config.Limits;
import org.mdkg.config.Settings;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/** The write endpoints of the real server, writes enabled, over a real TDB2 store holding the real shapes. */
class WriteServerIT {
    static final String TOKEN = "test-token-0123456789";
    static final String BEARER = "Bearer " + TOKEN;
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("analyst:analyst-pass".getBytes());
    static final String PREFIXES = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/mdkg/id/>
            """;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;
    static Canary canary;

    @BeforeAll
    static void start() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
        Settings settings = TestServers.settings(tmp.resolve("db"))
                .writes(new WriteAccess(true, TOKEN, "analyst", "analyst-pass"))
                // these tests send many wrong credentials on purpose; throttling them is AdmissionIT's subject
                .limits(Limits.defaults().withAuthFailures(10_000))
                .build();
        server = TestServers.start(settings, store);
        canary = new Canary();
    }

    @AfterAll
    static void stop() {
        canary.close();
        server.close();
        store.close();
    }

    static HttpResponse<String> send(
            String method, String path, String auth, String type, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> update(String auth, String sparql) throws Exception {
        return send(
                "POST",
                "/update",
                auth,
                "application/sparql-update",
                (PREFIXES + sparql).getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    static HttpResponse<String> put(String auth, String graph, String type, String body) throws Exception {
        return send(
                "PUT",
                "/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8),
                auth,
                type,
                body.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    static String commitment(String slug, String graph) {
        return "INSERT DATA { GRAPH <" + graph + "> { <https://w3id.org/mdkg/id/commitment/" + slug
                + "> a mdkg:Commitment ; "
                + "rdfs:label \"Commitment " + slug
                + "\"@en ; mdkg:statedIn <https://w3id.org/mdkg/id/document/test-declaration> ; "
                + "prov:wasDerivedFrom <https://w3id.org/mdkg/id/source/test-context> } }";
    }

    @Test
    void anonymous_and_wrong_credentials_are_refused_on_every_write_path_and_change_nothing() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        byte[] ttl = "<https://ex/a> <https://ex/b> <https://ex/c> .".getBytes(StandardCharsets.UTF_8);
        byte[] upd = "INSERT DATA { GRAPH <urn:ex:g> { <https://ex/a> <https://ex/b> <https://ex/c> } }".getBytes();
        for (String auth : new String[] {
            null,
            "Bearer wrong",
            "Basic " + Base64.getEncoder().encodeToString("analyst:nope".getBytes()),
            "Basic " + Base64.getEncoder().encodeToString(("x:" + TOKEN).getBytes())
        }) {
            int expected = auth == null ? 401 : 403;
            assertEquals(
                    expected,
                    send("POST", "/update", auth, "application/sparql-update", upd, Map.of())
                            .statusCode());
            assertEquals(
                    expected,
                    send(
                                    "POST",
                                    "/update",
                                    auth,
                                    "application/x-www-form-urlencoded",
                                    ("update=" + URLEncoder.encode(new String(upd), StandardCharsets.UTF_8)).getBytes(),
                                    Map.of())
                            .statusCode());
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                assertEquals(
                        expected,
                        send(method, "/data?graph=urn:ex:g", auth, "text/turtle", ttl, Map.of())
                                .statusCode(),
                        method);
            }
            assertEquals(
                    expected,
                    send("GET", "/data?graph=urn:ex:g", auth, null, null, Map.of("X-HTTP-Method-Override", "PUT"))
                            .statusCode());
            assertEquals(
                    expected, send("GET", "/backup", auth, null, null, Map.of()).statusCode());
            int viaQuery = send("POST", "/sparql", auth, "application/sparql-update", upd, Map.of())
                    .statusCode();
            assertTrue(viaQuery >= 400 && viaQuery < 500, "update through /sparql: " + viaQuery);
        }
        HttpResponse<String> r = send("POST", "/update", null, "application/sparql-update", upd, Map.of());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("Bearer"));
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void an_update_with_the_token_is_committed_recorded_and_shown_in_changes_and_the_atom_feed() throws Exception {
        HttpResponse<String> r = update(BEARER, commitment("w1", "urn:mdkg:graph:test/updates") + """
                ;
                INSERT DATA { GRAPH <urn:mdkg:graph:test/updates> {
                  <https://w3id.org/mdkg/id/assessment/w1-1> a mdkg:Assessment ; rdfs:label "Assessment of W1"@en ;
                    mdkg:assesses <https://w3id.org/mdkg/id/commitment/w1> ; mdkg:status <https://w3id.org/mdkg/id/status/complete> ;
                    mdkg:assessmentDate "2026-01-01"^^xsd:date ;
                    mdkg:assessmentKind <https://w3id.org/mdkg/id/assessment-kind/independent> ;
                    prov:wasAttributedTo <https://w3id.org/mdkg/id/org/test-curators> ;
                    prov:wasDerivedFrom <https://w3id.org/mdkg/id/source/test-context> } }
                """);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode change = JSON.readTree(r.body());
        assertEquals("token", change.get("author").asText());
        JsonNode latest = JSON.readTree(send("GET", "/api/changes?limit=1", null, null, null, Map.of())
                        .body())
                .get("items")
                .get(0);
        assertEquals(change.get("change").asText(), latest.get("id").asText());
        assertTrue(latest.get("summary").toString().contains("New commitment w1"), latest.toString());
        assertTrue(latest.get("summary").toString().contains("Status of w1: none → complete"), latest.toString());
        assertEquals(64, latest.get("sha256").asText().length());
        HttpResponse<String> atom = send("GET", "/api/changes.atom", null, null, null, Map.of());
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(atom.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                && atom.body().contains(change.get("change").asText())
                && atom.body().contains("New commitment w1"));
    }

    @Test
    void basic_credentials_write_too_and_are_recorded_as_the_user() throws Exception {
        String body =
                "@prefix mdkg: <https://w3id.org/mdkg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."
                        + "@prefix prov: <http://www.w3.org/ns/prov#> . @base <https://w3id.org/mdkg/id/> ."
                        + "<commitment/b1> a mdkg:Commitment ; rdfs:label \"B1\"@en ; mdkg:statedIn <document/test-declaration> ;"
                        + " prov:wasDerivedFrom <source/test-context> .";
        HttpResponse<String> r = put(BASIC, "urn:mdkg:graph:test/basic", "text/turtle", body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("analyst", JSON.readTree(r.body()).get("author").asText());
    }

    @Test
    void a_shacl_violating_write_is_refused_with_focus_node_path_and_message_and_changes_nothing() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        HttpResponse<String> r = put(
                BEARER,
                "urn:mdkg:graph:test/bad",
                "text/turtle",
                Files.readString(WriteFixtures.file("violating-assessment.ttl")));
        assertEquals(422, r.statusCode(), r.body());
        JsonNode problem = JSON.readTree(r.body());
        JsonNode v = problem.get("violations").get(0);
        assertTrue(v.get("focusNode").asText().contains("assessment/bad-1"), v.toString());
        assertFalse(v.get("path").asText().isEmpty(), v.toString());
        assertFalse(v.get("message").asText().isEmpty(), v.toString());
        assertTrue(problem.get("violations").toString().contains("mdkg:assesses"), problem.toString());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void a_malformed_last_line_of_a_large_body_changes_nothing_and_names_the_line() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        StringBuilder nt = new StringBuilder();
        int lines = 100_000;
        for (int i = 1; i < lines; i++) {
            nt.append("<https://ex/s")
                    .append(i)
                    .append("> <https://ex/p> \"value ")
                    .append(i)
                    .append("\" .\n");
        }
        nt.append("<https://ex/last> <https://ex/p> \"unterminated .\n");
        HttpResponse<String> r = put(BEARER, "urn:mdkg:graph:test/large", "application/n-triples", nt.toString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("[line: " + lines) || r.body().contains("[line: " + (lines + 1)), r.body());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void a_bad_body_put_onto_an_existing_graph_leaves_that_graph_unchanged() throws Exception {
        String graph = "urn:mdkg:graph:test/existing";
        assertEquals(
                200,
                put(BEARER, graph, "text/turtle", "<https://ex/a> <https://ex/b> \"kept\" .")
                        .statusCode());
        Fingerprint before = Fingerprint.of(store.dataset());
        HttpResponse<String> r = put(BEARER, graph, "text/turtle", "<https://ex/a> <https://ex/b> \"lost ;");
        assertEquals(400, r.statusCode());
        HttpResponse<String> bad = put(
                BEARER,
                graph,
                "text/turtle",
                "<https://ex/a> <https://ex/b> \"abc\"^^<http://www.w3.org/2001/XMLSchema#integer> .");
        assertEquals(400, bad.statusCode(), "a bad lexical form is an error, not a warning");
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void bodies_nested_too_deep_or_not_utf8_get_400_naming_the_place_and_change_nothing() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        int depth = 50_000;
        String deep =
                "<https://ex/a> <https://ex/b> " + "[ <https://ex/b> ".repeat(depth) + "1" + " ]".repeat(depth) + " .";
        HttpResponse<String> turtle = put(BEARER, "urn:mdkg:graph:test/deep", "text/turtle", deep);
        assertEquals(400, turtle.statusCode(), turtle.body());
        assertTrue(turtle.body().contains("[line: 1, col: "), turtle.body());
        assertTrue(turtle.body().contains("nested " + depth + " deep"), turtle.body());
        HttpResponse<String> sparql = update(
                BEARER,
                "INSERT DATA { GRAPH <urn:ex:g> { <https://ex/a> <https://ex/b> " + "[ <https://ex/b> ".repeat(depth)
                        + "1" + " ]".repeat(depth) + " } }");
        assertEquals(400, sparql.statusCode(), sparql.body());
        assertTrue(sparql.body().contains("deeper than the parser can follow"), sparql.body());
        byte[] surrogate = "<https://ex/a> <https://ex/b> \"a\uFFFFb\" .".getBytes(StandardCharsets.UTF_8);
        byte[] encodedSurrogate = new byte[surrogate.length];
        System.arraycopy(surrogate, 0, encodedSurrogate, 0, surrogate.length);
        int at = new String(surrogate, StandardCharsets.UTF_8).indexOf('\uFFFF');
        encodedSurrogate[at] = (byte) 0xED;
        encodedSurrogate[at + 1] = (byte) 0xA0;
        encodedSurrogate[at + 2] = (byte) 0x80;
        HttpResponse<String> notUtf8 = send(
                "PUT",
                "/data?graph=urn%3Amdkg%3Agraph%3Atest%2Futf8",
                BEARER,
                "text/turtle",
                encodedSurrogate,
                Map.of());
        assertEquals(400, notUtf8.statusCode(), notUtf8.body());
        assertTrue(notUtf8.body().contains("[line: 1, col: " + (at + 1) + "] byte 0xED"), notUtf8.body());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void relative_iris_without_a_base_are_refused_instead_of_becoming_file_iris_of_the_server() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        HttpResponse<String> turtle =
                put(BEARER, "urn:mdkg:graph:test/relative", "text/turtle", "<a> <https://ex/b> \"x\" .");
        assertEquals(400, turtle.statusCode(), turtle.body());
        assertTrue(turtle.body().contains("[line: 1, col: 1] Bad IRI: Relative IRI: a"), turtle.body());
        HttpResponse<String> sparql = update(BEARER, "INSERT DATA { GRAPH <urn:ex:g> { <a> <https://ex/b> 1 } }");
        assertEquals(400, sparql.statusCode(), sparql.body());
        assertTrue(sparql.body().contains("relative IRI"), sparql.body());
        assertEquals(before, Fingerprint.of(store.dataset()));
        HttpResponse<String> based = put(
                BEARER,
                "urn:mdkg:graph:test/relative",
                "text/turtle",
                "@base <https://ex/> . <a> <https://ex/b> \"x\" .");
        assertEquals(200, based.statusCode(), "with @base a relative IRI is fine: " + based.body());
    }

    @Test
    void load_service_and_from_make_no_request_at_all() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        assertEquals(403, update(BEARER, "LOAD <" + canary.url("/load") + ">").statusCode());
        assertEquals(
                403,
                update(BEARER, "LOAD <file:///etc/hostname> INTO GRAPH <urn:ex:g>")
                        .statusCode());
        assertEquals(
                403,
                update(
                                BEARER,
                                "INSERT DATA { GRAPH <urn:ex:g> { <https://ex/a> <https://ex/b> 1 } } ; LOAD <"
                                        + canary.url("/b9") + ">")
                        .statusCode(),
                "a multi-operation update is refused as a whole");
        assertEquals(
                403,
                update(
                                BEARER,
                                "INSERT { GRAPH <urn:ex:g> { ?s ?p ?o } } WHERE { SERVICE <" + canary.url("/service")
                                        + "> { ?s ?p ?o } }")
                        .statusCode());
        assertEquals(
                403,
                update(
                                BEARER,
                                "INSERT { GRAPH <urn:ex:g> { ?s ?p ?o } } WHERE { { SELECT * { SERVICE SILENT <"
                                        + canary.url("/sub") + "> { ?s ?p ?o } } } }")
                        .statusCode());
        for (String q : List.of(
                "SELECT * { SERVICE <" + canary.url("/q") + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + canary.url("/q2") + "> { ?s ?p ?o } }",
                "SELECT * FROM <" + canary.url("/from") + "> { ?s ?p ?o }",
                "SELECT * FROM NAMED <file:///etc/hostname> { GRAPH ?g { ?s ?p ?o } }")) {
            send("GET", "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null, null, null, Map.of());
        }
        assertEquals(0, canary.hits());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void rdf_xml_and_json_ld_bodies_are_refused_so_no_entity_or_context_is_fetched() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + canary.url("/xxe") + "\">]>"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"https://ex/\">"
                + "<rdf:Description rdf:about=\"https://ex/a\"><e:p>&x;</e:p></rdf:Description></rdf:RDF>";
        String jsonld = "{\"@context\": \"" + canary.url("/ctx") + "\", \"@id\": \"https://ex/a\", \"p\": \"v\"}";
        assertEquals(415, put(BEARER, "urn:ex:g", "application/rdf+xml", xxe).statusCode());
        assertEquals(415, put(BEARER, "urn:ex:g", "application/ld+json", jsonld).statusCode());
        assertEquals(0, canary.hits());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void writes_into_the_default_graph_or_the_graphs_mdkg_keeps_are_refused() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        assertEquals(
                400,
                update(BEARER, "INSERT DATA { <https://ex/a> <https://ex/b> <https://ex/c> }")
                        .statusCode());
        assertEquals(
                403,
                update(BEARER, "INSERT DATA { GRAPH <urn:mdkg:graph:changes> { <https://ex/a> <https://ex/b> 1 } }")
                        .statusCode());
        assertEquals(403, update(BEARER, "DROP GRAPH <urn:mdkg:graph:meta>").statusCode());
        assertEquals(
                403,
                update(BEARER, "INSERT DATA { GRAPH <urn:mdkg:graph:derived> { <https://ex/a> <https://ex/b> 1 } }")
                        .statusCode());
        assertEquals(
                400,
                send(
                                "PUT",
                                "/data?default",
                                BEARER,
                                "text/turtle",
                                "<https://ex/a> <https://ex/b> 1 .".getBytes(),
                                Map.of())
                        .statusCode());
        assertEquals(
                400,
                update(BEARER, "INSERT DATA { GRAPH <urn:ex:g> { <https://ex/a> <https://ex/b> 1 } ")
                        .statusCode(),
                "a syntax error");
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void bodies_over_the_size_limit_get_413_whether_or_not_their_length_is_declared() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        byte[] big = new byte[(int) Settings.DEFAULT_WRITE_MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        // a client announcing a large body waits for 100 Continue (RFC 9110 §10.1.1): the refusal comes before the
        // body is sent, instead of racing the upload on a connection the server closes
        HttpRequest declared = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph=urn:ex:big"))
                .header("Authorization", BEARER)
                .header("Content-Type", "text/turtle")
                .expectContinue(true)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(big))
                .build();
        assertEquals(
                413, HTTP.send(declared, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph=urn:ex:big"))
                .header("Authorization", BEARER)
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        int status;
        try {
            status = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException e) {
            status = 413;
        }
        assertEquals(413, status);
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void bodies_of_exactly_the_size_limit_and_one_byte_less_are_accepted() throws Exception {
        for (long size : List.of(Settings.DEFAULT_WRITE_MAX_BYTES - 1, Settings.DEFAULT_WRITE_MAX_BYTES)) {
            byte[] body = new byte[(int) size];
            java.util.Arrays.fill(body, (byte) ' ');
            // white space is an empty Turtle document: the graph is replaced by nothing
            HttpRequest put = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph=urn:ex:at-the-cap"))
                    .header("Authorization", BEARER)
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> r = HTTP.send(put, HttpResponse.BodyHandlers.ofString());
            assertEquals(2, r.statusCode() / 100, size + " bytes: " + r.statusCode() + " " + r.body());
        }
    }

    @Test
    void other_origins_get_no_cors_permission_on_write_routes() throws Exception {
        for (String path : List.of("/update", "/data?graph=urn:ex:g")) {
            HttpResponse<String> pre = send(
                    "OPTIONS",
                    path,
                    null,
                    null,
                    null,
                    Map.of(
                            "Origin",
                            "https://evil.example",
                            "Access-Control-Request-Method",
                            "PUT",
                            "Access-Control-Request-Headers",
                            "authorization"));
            assertTrue(
                    pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    path + " " + pre.headers().map());
            assertTrue(
                    pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
        }
        HttpResponse<String> r = send(
                "POST",
                "/update",
                BEARER,
                "application/sparql-update",
                "CLEAR SILENT GRAPH <urn:ex:none>".getBytes(),
                Map.of("Origin", "https://evil.example"));
        assertTrue(
                r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                r.headers().map().toString());
    }

    @Test
    void changes_are_paged_newest_first_with_a_capped_and_checked_limit() throws Exception {
        update(BEARER, commitment("p1", "urn:mdkg:graph:test/paging"));
        update(BEARER, commitment("p2", "urn:mdkg:graph:test/paging"));
        JsonNode page = JSON.readTree(
                send("GET", "/api/changes?limit=2", null, null, null, Map.of()).body());
        JsonNode items = page.get("items");
        assertEquals(2, items.size());
        assertTrue(items.get(0)
                        .get("committed")
                        .asText()
                        .compareTo(items.get(1).get("committed").asText())
                >= 0);
        HttpResponse<String> capped = send("GET", "/api/changes?limit=5000", null, null, null, Map.of());
        assertEquals(100, JSON.readTree(capped.body()).get("limit").asInt());
        assertEquals("100", capped.headers().firstValue("X-Result-Cap").orElse(""));
        assertTrue(JSON.readTree(capped.body()).has("capped"));
        HttpResponse<String> bad = send("GET", "/api/changes?offset=-1", null, null, null, Map.of());
        assertEquals(400, bad.statusCode());
        assertEquals("offset", JSON.readTree(bad.body()).get("parameter").asText());
    }

    @Test
    void injection_payloads_through_the_change_log_parameters_change_nothing() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        for (String payload : List.of(
                "x\" } ; DROP ALL ; #",
                "http://ex/a> ?p ?o } #",
                "a\" } UNION { ?s ?p ?o } #",
                "1; DROP ALL",
                "(a+)+$",
                "1 OR 1=1")) {
            for (String param : List.of("limit", "offset")) {
                String url = "/api/changes?" + param + "=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
                assertEquals(400, send("GET", url, null, null, null, Map.of()).statusCode(), url);
                assertEquals(
                        400,
                        send("GET", url.replace("/api/changes?", "/api/changes.atom?"), null, null, null, Map.of())
                                .statusCode(),
                        url);
            }
        }
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void a_backup_taken_while_serving_needs_credentials_and_restores_to_an_isomorphic_store() throws Exception {
        assertEquals(401, send("GET", "/backup", null, null, null, Map.of()).statusCode());
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/backup"))
                        .header("Authorization", BEARER)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Path file = Files.write(tmp.resolve("served-backup.nq.gz"), r.body());
        try (Store restored = Store.open(tmp.resolve("restored"))) {
            Restore.replaceAll(restored, file);
            assertTrue(WriteFixtures.sameQuads(store.dataset(), restored.dataset()));
        }
    }

    @Test
    void concurrent_writers_are_serialised_and_every_write_is_applied() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            statuses.add(pool.submit(() -> update(
                            BEARER,
                            "INSERT DATA { GRAPH <urn:mdkg:graph:test/concurrent> { " + "<https://ex/c" + n
                                    + "> <https://ex/p> " + n + " } }")
                    .statusCode()));
        }
        for (java.util.concurrent.Future<Integer> f : statuses) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        assertEquals(
                20,
                WriteFixtures.count(
                        store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:test/concurrent> { ?s ?p ?o } }"));
    }

    @Test
    void no_admin_or_internal_surface_is_served() throws Exception {
        for (String path : List.of(
                "/$/datasets",
                "/$/compact/ds",
                "/$/backup/ds",
                "/$/stats",
                "/$/metrics",
                "/$/server",
                "/$/tasks",
                "/$/ping",
                "/update/",
                "/upload")) {
            int status = send("GET", path, BEARER, null, null, Map.of()).statusCode();
            assertTrue(status == 404 || status == 405, path + " answered " + status);
        }
    }
}
