package org.mdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.api.BundledServer;
import org.mdkg.store.Store;

/**
 * The SPARQL 1.1 Protocol and Graph Store details that real clients rely on, checked with those clients where one
 * exists (SPARQLWrapper and rdflib, Debian's {@code python3-sparqlwrapper} and {@code python3-rdflib}): CORS on every
 * read route and never on writes, the union default graph at {@code /data?default}, the {@code output=} parameter,
 * 406 for what {@code /sparql} cannot send, gzip, {@code HEAD} with the headers of {@code GET}, and paging links.
 */
class ProtocolIT {
    private static final BundledServer S = BundledServer.get();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PYTHON = "/usr/bin/python3";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private static HttpResponse<byte[]> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(S.url(path))).GET();
        return headers.length == 0 ? b : b.headers(headers);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long count(String query) throws Exception {
        HttpResponse<byte[]> r = send(get("/sparql?query=" + q(query), "Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void pages_on_other_origins_may_read_sparql_the_graph_store_and_void_but_get_no_cors_on_writes() throws Exception {
        String origin = "http://demo.example";
        for (HttpRequest.Builder read : List.of(
                get("/sparql?query=" + q(COUNT), "Origin", origin),
                get("/data?default", "Origin", origin, "Accept", "application/n-triples"),
                get("/.well-known/void", "Origin", origin),
                HttpRequest.newBuilder(URI.create(S.url("/sparql")))
                        .header("Origin", origin)
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(COUNT)))) {
            HttpResponse<byte[]> r = send(read);
            assertEquals(200, r.statusCode(), r.uri().toString());
            assertEquals(
                    "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), r.uri() + "");
            assertTrue(
                    r.headers()
                            .firstValue("Access-Control-Expose-Headers")
                            .orElse("")
                            .contains("ETag"),
                    r.uri() + "");
        }
        HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(URI.create(S.url("/sparql")))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals(
                "*",
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
        for (String[] write : List.of(
                new String[] {"/data?graph=urn:mdkg:graph:x", "PUT"},
                new String[] {"/update", "POST"},
                new String[] {"/backup", "GET"})) {
            HttpResponse<byte[]> p = send(HttpRequest.newBuilder(URI.create(S.url(write[0])))
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", write[1])
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertTrue(
                    p.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    "no CORS for " + write[1] + " " + write[0]);
        }
        HttpResponse<byte[]> update = send(HttpRequest.newBuilder(URI.create(S.url("/update")))
                .header("Origin", origin)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "INSERT DATA { GRAPH <urn:mdkg:graph:x> { <a:b> <a:c> 1 } }")));
        assertTrue(update.statusCode() >= 400, "writes are off: " + update.statusCode());
        assertTrue(update.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void only_the_configured_origins_may_read_when_origins_are_listed(@TempDir Path tmp) throws Exception {
        try (Store store = Store.open(tmp.resolve("db"));
                MdkgServer server = TestServers.start(
                        TestServers.settings(tmp.resolve("db")).corsOrigins(List.of("http://ok.example")), store)) {
            for (String origin : List.of("http://ok.example", "http://other.example")) {
                HttpResponse<byte[]> r =
                        send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql?query=" + q(COUNT)))
                                .header("Origin", origin));
                assertEquals(200, r.statusCode());
                assertEquals(
                        origin.equals("http://ok.example") ? origin : null,
                        r.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                        origin);
            }
        }
    }

    @Test
    void sparqlwrapper_gets_every_format_it_asks_for_by_its_output_parameter() throws Exception {
        long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/mdkg/ontology#Commitment> }");
        String script = String.join(
                "\n",
                "import sys, urllib.parse, rdflib",
                "from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TSV, RDFXML, JSONLD, TURTLE",
                "w = SPARQLWrapper(sys.argv[1])",
                "sel = 'SELECT ?c WHERE { ?c a <https://w3id.org/mdkg/ontology#Commitment> }'",
                "con = 'CONSTRUCT { ?c a <https://w3id.org/mdkg/ontology#Commitment> } "
                        + "WHERE { ?c a <https://w3id.org/mdkg/ontology#Commitment> }'",
                "out = []",
                "for fmt in (JSON, XML, CSV, TSV):",
                "    w.setQuery(sel); w.setReturnFormat(fmt)",
                "    r = w.query()",
                "    res = r.convert()",
                "    if fmt == JSON: n = len(res['results']['bindings'])",
                "    elif fmt == XML: n = len(res.getElementsByTagName('result'))",
                "    else: n = len(res.decode('utf-8').strip().splitlines()) - 1",
                "    out.append('%s=%d' % (fmt, n))",
                "for fmt in (RDFXML, TURTLE):",
                "    w.setQuery(con); w.setReturnFormat(fmt)",
                "    res = w.query().convert()",
                "    n = len(res) if fmt == RDFXML else len(rdflib.Graph().parse(data=res, format='turtle'))",
                "    out.append('%s=%d' % (fmt, n))",
                "# this SPARQLWrapper refuses JSON-LD without rdflib-jsonld; rdflib asks for it by output=json-ld",
                "g = rdflib.Graph().parse(sys.argv[1] + '?output=json-ld&query=' + urllib.parse.quote(con),"
                        + " format='json-ld')",
                "out.append('json-ld=%d' % len(g))",
                "print(' '.join(out))");
        String out = python(script, S.url("/sparql"));
        String n = Long.toString(triples);
        assertEquals(
                "json=" + n + " xml=" + n + " csv=" + n + " tsv=" + n + " rdf+xml=" + n + " turtle=" + n + " json-ld="
                        + n,
                out.strip());
    }

    @Test
    void rdflib_reads_the_default_graph_as_the_union_of_the_named_graphs() throws Exception {
        long union = count(COUNT);
        assertTrue(union > 1000, "the bundled data: " + union);
        String script = String.join(
                "\n",
                "import sys, rdflib",
                "g = rdflib.Graph()",
                "g.parse(sys.argv[1], format='turtle')",
                "print(len(g))");
        assertEquals(
                Long.toString(union), python(script, S.url("/data?default")).strip(), "rdflib reads /data?default");
        HttpResponse<byte[]> turtle = send(get("/data?default", "Accept", "text/turtle"));
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void an_unknown_output_is_a_problem_naming_it_and_an_unacceptable_accept_is_406() throws Exception {
        HttpResponse<byte[]> bad = send(get("/sparql?output=png&query=" + q(COUNT)));
        assertEquals(400, bad.statusCode());
        JsonNode problem = JSON.readTree(bad.body());
        assertEquals("output", problem.path("parameter").asText(), problem.toString());
        HttpResponse<byte[]> png = send(get("/sparql?query=" + q(COUNT), "Accept", "image/png"));
        assertEquals(406, png.statusCode());
        assertTrue(png.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(JSON.readTree(png.body()).path("detail").asText().contains("application/sparql-results+json"));
    }

    @Test
    void a_browser_following_a_query_link_gets_the_sparql_page_and_tools_get_results() throws Exception {
        HttpResponse<byte[]> html = send(get("/sparql?query=" + q(COUNT), "Accept", "text/html"));
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("id=\"editor\""));
        HttpResponse<byte[]> any = send(get("/sparql?query=" + q(COUNT), "Accept", "*/*"));
        assertEquals(200, any.statusCode());
        assertTrue(any.headers().firstValue("Content-Type").orElse("").contains("sparql-results"));
    }

    @Test
    void answers_are_gzipped_for_clients_that_accept_it() throws Exception {
        HttpResponse<byte[]> r = send(get(
                "/sparql?query=" + q("SELECT * WHERE { ?s ?p ?o } LIMIT 500"),
                "Accept",
                "application/sparql-results+json",
                "Accept-Encoding",
                "gzip"));
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            JsonNode results = JSON.readTree(in);
            assertEquals(500, results.at("/results/bindings").size());
        }
        HttpResponse<byte[]> plain = send(get("/api/processes"));
        assertNull(plain.headers().firstValue("Content-Encoding").orElse(null), "no gzip unless asked");
        // the response cache keeps answers uncompressed: each client gets its own encoding, hit or miss
        String page = "/id/country/NER";
        String html = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> zipped = send(get(page, "Accept", "text/html", "Accept-Encoding", "gzip"));
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null), "round " + i);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        HttpResponse<byte[]> unzipped = send(get(page, "Accept", "text/html"));
        assertNull(unzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("hit", unzipped.headers().firstValue("X-Cache").orElse(null));
        assertEquals(html, new String(unzipped.body(), StandardCharsets.UTF_8));
        assertTrue(!unzipped.headers().firstValue("ETag").orElse("").contains("gzip"));
    }

    @Test
    void head_on_rest_routes_sends_the_headers_of_get_without_a_body() throws Exception {
        for (String path : List.of("/api/processes?limit=2", "/api/queries/processes?limit=2")) {
            HttpResponse<byte[]> get = send(get(path));
            HttpResponse<byte[]> head = send(HttpRequest.newBuilder(URI.create(S.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode(), path);
            assertEquals(0, head.body().length, path);
            for (String h : List.of("ETag", "Link", "X-Total-Count", "Content-Type")) {
                assertEquals(
                        get.headers().firstValue(h).orElse(null),
                        head.headers().firstValue(h).orElse("(missing)"),
                        h + " of " + path);
            }
        }
    }

    @Test
    void a_page_past_the_end_links_back_to_the_last_page_not_further_past_it() throws Exception {
        HttpResponse<byte[]> r = send(get("/api/processes?limit=2&offset=1000"));
        String link = r.headers().firstValue("Link").orElse("");
        long total = Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
        long last = ((total - 1) / 2) * 2;
        assertTrue(link.contains("offset=" + last + ">; rel=\"prev\""), link);
        assertTrue(link.contains("offset=" + last + ">; rel=\"last\""), link);
        assertTrue(!link.contains("rel=\"next\""), link);
    }

    /** Runs a Python script with Debian's python3 and its packages; fails clearly when they are missing. */
    private static String python(String script, String... args) throws Exception {
        assertTrue(
                Files.isExecutable(Path.of(PYTHON)),
                PYTHON + " is missing: apt-get install python3-sparqlwrapper python3-rdflib (.ci/run does)");
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("python did not finish");
        }
        if (out.contains("ModuleNotFoundError")) {
            throw new AssertionError(
                    "SPARQLWrapper and rdflib are needed: apt-get install python3-sparqlwrapper python3-rdflib (.ci/run"
                            + " does)\n" + out);
        }
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
