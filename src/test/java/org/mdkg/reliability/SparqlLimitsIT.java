package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.Limits;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;
import org.w3c.dom.Document;

/**
 * The limits of {@code /sparql}: size and complexity of a query, a row cap that says when it cuts, no truncated 200
 * at the time limit, bounded log lines, interruptible and bounded regular expressions, no {@code java:} class loading,
 * formula cells neutralised in CSV and TSV results.
 */
class SparqlLimitsIT {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String EVIL_REGEX =
            "VALUES ?t { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER(REGEX(?t, \"(.*a){15}$\"))";

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;

    @BeforeAll
    static void start() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
        server = TestServers.start(TestServers.settings(tmp.resolve("db")).queryTimeout(Duration.ofSeconds(2)), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(MdkgServer on, String query, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                on.baseUrl() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String type, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                        .header("Content-Type", type)
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_result_over_the_row_cap_is_cut_there_says_so_and_stays_valid_json_xml_and_csv() throws Exception {
        String all = "SELECT * { ?a ?b ?c . ?d ?e ?f }";
        HttpResponse<String> json = get(server, all, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertEquals("true", json.headers().firstValue("X-Result-Truncated").orElse(""));
        assertEquals(
                String.valueOf(Limits.DEFAULT_RESULT_MAX_ROWS),
                json.headers().firstValue("X-Result-Cap").orElse(""));
        JsonNode results = JSON.readTree(json.body());
        assertEquals(
                Limits.DEFAULT_RESULT_MAX_ROWS,
                results.get("results").get("bindings").size());
        assertEquals(
                "urn:mdkg:result:truncated",
                results.get("head").get("link").get(0).asText());
        HttpResponse<String> xml = get(server, all, "application/sparql-results+xml");
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                Limits.DEFAULT_RESULT_MAX_ROWS,
                doc.getElementsByTagName("result").getLength());
        assertEquals(1, doc.getElementsByTagName("link").getLength());
        HttpResponse<String> csv = get(server, all, "text/csv");
        assertEquals(Limits.DEFAULT_RESULT_MAX_ROWS + 1, csv.body().split("\r\n").length);
        assertEquals("true", csv.headers().firstValue("X-Result-Truncated").orElse(""));
        HttpResponse<String> small = get(server, "SELECT * { ?s ?p ?o } LIMIT 5", "application/sparql-results+json");
        assertTrue(small.headers().firstValue("X-Result-Truncated").isEmpty());
        assertTrue(JSON.readTree(small.body()).get("head").get("link") == null);
    }

    @Test
    void a_result_the_time_limit_cuts_is_a_503_problem_never_a_truncated_200() throws Exception {
        try (MdkgServer roomy = TestServers.start(
                TestServers.settings(tmp.resolve("db"))
                        .queryTimeout(Duration.ofSeconds(2))
                        .limits(Limits.defaults().withResultMaxRows(5_000_000)),
                store)) {
            String fastThenSlow = "SELECT * { { SELECT ?a ?b ?c ?d { ?a ?b ?c . ?d ?e ?f } LIMIT 300000 } UNION "
                    + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), \"x\")) } }";
            for (String accept : List.of("application/sparql-results+json", "text/csv")) {
                HttpResponse<String> r = get(roomy, fastThenSlow, accept);
                assertEquals(
                        503,
                        r.statusCode(),
                        accept + ": "
                                + r.body().substring(0, Math.min(200, r.body().length())));
                assertEquals(503, JSON.readTree(r.body()).get("status").asInt());
            }
        }
    }

    @Test
    void formula_literals_come_back_neutralised_in_csv_and_tsv_results() throws Exception {
        String q = "SELECT ?x ?n { VALUES (?x ?n) { (\"=HYPERLINK(1)\" -3) (\"@SUM(1+1)\" 4) } }";
        String csv = get(server, q, "text/csv").body();
        assertTrue(csv.contains("'=HYPERLINK(1),-3") && csv.contains("'@SUM(1+1),4"), csv);
        String tsv = get(server, q, "text/tab-separated-values").body();
        assertTrue(tsv.contains("\"'=HYPERLINK(1)\"") && tsv.contains("\"'@SUM(1+1)\""), tsv);
        String json = get(server, q, "application/sparql-results+json").body();
        assertTrue(json.contains("\"=HYPERLINK(1)\""), "JSON keeps the value as it is: " + json);
    }

    @Test
    void a_query_over_the_size_limit_is_refused_413_however_it_is_sent() throws Exception {
        String big = "SELECT * { ?s ?p ?o } # " + "x".repeat((int) Limits.DEFAULT_QUERY_MAX_BYTES);
        HttpResponse<String> body = post("application/sparql-query", big);
        assertEquals(413, body.statusCode(), body.body());
        assertEquals(413, JSON.readTree(body.body()).get("status").asInt());
        HttpResponse<String> form =
                post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode(big, StandardCharsets.UTF_8));
        assertEquals(413, form.statusCode());
        HttpResponse<String> huge = post(
                "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(big + "y".repeat(20_000_000), StandardCharsets.UTF_8));
        assertTrue(huge.statusCode() == 413 || huge.statusCode() == 400, "a 20 MB form: " + huge.statusCode());
        assertEquals(200, post("application/sparql-query", "ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void a_query_of_thousands_of_binds_is_refused_before_the_parser_spends_quadratic_time_on_it() throws Exception {
        StringBuilder q = new StringBuilder("SELECT * { ");
        for (int i = 0; i < 5_000; i++) {
            q.append("BIND(1 AS ?v").append(i).append(") ");
        }
        HttpResponse<String> r = post("application/sparql-query", q.append("}").toString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("MDKG_QUERY_MAX_ELEMENTS"), r.body());
    }

    @Test
    void a_long_query_is_logged_as_one_bounded_line() throws Exception {
        String q = "SELECT * { VALUES ?x { " + "<https://ex/a> ".repeat(6_000) + "} }";
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(200, post("application/sparql-query", q).statusCode());
            String shorter = "SELECT * { VALUES ?x { " + "<https://ex/a> ".repeat(300) + "} }";
            assertEquals(200, get(server, shorter, "text/csv").statusCode());
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("sha256:"), log);
        for (String line : log.split("\n")) {
            assertTrue(line.length() < 400, "a log line of " + line.length() + " characters");
        }
    }

    @Test
    void a_catastrophic_regex_is_refused_by_its_step_budget() throws Exception {
        HttpResponse<String> r = get(server, "SELECT * { " + EVIL_REGEX + " }", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("MDKG_REGEX_MAX_STEPS"), r.body());
        HttpResponse<String> replace = get(
                server,
                "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"(.*a){15}$\", \"b\") AS ?r) {}",
                "application/sparql-results+json");
        assertEquals(400, replace.statusCode(), replace.body());
        HttpResponse<String> xpath = get(
                server,
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                        + "SELECT * { VALUES ?t { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER(fn:matches(?t, \"(.*a){15}$\")) }",
                "application/sparql-results+json");
        assertEquals(400, xpath.statusCode(), xpath.body());
        HttpResponse<String> fine = get(
                server,
                "SELECT * { VALUES ?t { \"Rabat Process\" } FILTER(REGEX(?t, \"^rabat\", \"i\")) }",
                "application/sparql-results+json");
        assertEquals(
                1, JSON.readTree(fine.body()).get("results").get("bindings").size(), fine.body());
    }

    @Test
    void the_time_limit_interrupts_a_single_regex_evaluation() throws Exception {
        // its own store: the sandbox is installed on the store's query context, which servers of one store share
        try (Store own = WriteFixtures.storeWithContext(tmp.resolve("unbudgeted"));
                MdkgServer unbudgeted = TestServers.start(
                        TestServers.settings(tmp.resolve("unbudgeted"))
                                .queryTimeout(Duration.ofSeconds(2))
                                .limits(Limits.defaults().withRegexMaxSteps(Long.MAX_VALUE)),
                        own)) {
            HttpResponse<String> r =
                    get(unbudgeted, "SELECT * { " + EVIL_REGEX + " }", "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void java_function_iris_load_no_class() throws Exception {
        HttpResponse<String> f = get(
                server,
                "SELECT (<java:org.mdkg.reliability.FunctionCanary>(1) AS ?x) {}",
                "application/sparql-results+json");
        assertTrue(f.statusCode() >= 400 || !f.body().contains("\"x\" :"), f.body());
        get(
                server,
                "SELECT * { ?s <java:org.mdkg.reliability.PropertyFunctionCanary> ?o }",
                "application/sparql-results+json");
        assertNull(System.getProperty("mdkg.canary.function"), "a java: function IRI loaded its class");
        assertNull(System.getProperty("mdkg.canary.pfunction"), "a java: property IRI loaded its class");
        HttpResponse<String> afn = get(
                server,
                "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:localname(<https://ex/a>) AS ?x) {}",
                "application/sparql-results+json");
        assertTrue(afn.body().contains("\"a\""), "Jena's own functions still work: " + afn.body());
    }
}
