package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.TestServers;
import org.mdkg.query.ExampleExpectation;
import org.mdkg.query.NamedQuery;

/** Every named query in {@code queries/}, run over REST and over SPARQL on the bundled data. */
class NamedQueriesIT {
    private static final BundledServer S = BundledServer.get();

    static Stream<String> queryIds() {
        return BundledServer.get().library.all().stream().map(NamedQuery::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryIds")
    void rest_and_sparql_answers_agree(String id) {
        NamedQuery q = S.library.find(id).orElseThrow();
        JsonNode page =
                S.json("/api/queries/" + id + "?" + TestServers.queryString(ExampleQueries.params(q)) + "limit=500");
        Map<String, ColumnType> columns = new QueryColumns(S.store).of(q);
        List<Map<String, String>> sparql = sparql(ExampleQueries.runnable(q), columns);
        assertEquals(sparql.size(), page.get("total").asInt(), "row count of " + id);
        if (sparql.size() <= 500) {
            assertEquals(sorted(sparql), sorted(rest(page, columns)), "rows of " + id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryIds")
    void each_query_returns_what_its_example_promises(String id) {
        NamedQuery q = S.library.find(id).orElseThrow();
        ExampleExpectation expected = ExampleExpectation.of(q);
        JsonNode page = S.json("/api/queries/" + id + "?" + TestServers.queryString(expected.params()) + "limit=500");
        List<String> problems = expected.check(rest(page, new QueryColumns(S.store).of(q)));
        assertTrue(problems.isEmpty(), id + ": " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "x\" } ; DROP ALL ; #",
                "x' } ; CLEAR ALL ; #",
                "\\\" } INSERT DATA { <a:b> <a:c> <a:d> } #",
                "<http://a> ?p ?o } #",
                "\") } UNION { ?s ?p ?o } #"
            })
    void injection_payloads_stay_literals_or_are_refused_and_the_data_is_unchanged(String payload) {
        String before = S.store.version();
        long triples = S.store.tripleCount();
        String p = enc(payload);
        assertEquals(200, S.get("/api/queries/commitments?q=" + p).statusCode(), "string parameter takes it as text");
        assertEquals(200, S.get("/api/search?q=" + p).statusCode());
        HttpResponse<String> asIri = S.get("/api/queries/commitments?actor=" + p);
        assertEquals(400, asIri.statusCode(), asIri.body());
        assertTrue(asIri.body().contains("\"parameter\":\"actor\""), asIri.body());
        int asPath = S.get("/api/commitments/" + p).statusCode();
        assertTrue(asPath == 400 || asPath == 404, "path id: " + asPath);
        assertEquals(triples, S.store.tripleCount());
        assertEquals(before, S.store.version());
    }

    @Test
    void a_string_payload_matches_nothing_rather_than_everything() {
        JsonNode page = S.json("/api/queries/commitments?q=" + enc("x\" } ; DROP ALL ; #"));
        assertEquals(0, page.get("total").asInt());
    }

    @Test
    void every_query_is_in_the_catalogue_with_its_parameters() {
        JsonNode catalogue = S.json("/api/queries");
        assertEquals(S.library.all().size(), catalogue.get("total").asInt());
        for (JsonNode item : catalogue.get("items")) {
            NamedQuery q = S.library.find(item.get("id").asText()).orElseThrow();
            assertEquals(q.summary(), item.get("summary").asText());
            assertEquals(q.params().size(), item.get("params").size(), q.id());
            assertTrue(item.get("exampleSparql").asText().contains("SELECT"), q.id());
        }
    }

    /**
     * The typed rows back in SPARQL's flat form: a reference as its IRI, a list joined by its separator (references
     * by IRI); every list column must be an array and every reference an {id, iri, label} object.
     */
    private static List<Map<String, String>> rest(JsonNode page, Map<String, ColumnType> columns) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            Map<String, String> row = new LinkedHashMap<>();
            item.fields().forEachRemaining(e -> {
                ColumnType type = columns.get(e.getKey());
                JsonNode v = e.getValue();
                if (type.isList()) {
                    assertTrue(v.isArray(), e.getKey() + " is a list: " + v);
                    List<String> parts = new ArrayList<>();
                    v.forEach(x -> parts.add(flat(x)));
                    if (!parts.isEmpty()) {
                        row.put(e.getKey(), String.join(type.separator(), parts));
                    }
                } else {
                    row.put(e.getKey(), flat(v));
                }
            });
            rows.add(row);
        }
        return rows;
    }

    private static String flat(JsonNode v) {
        if (v.isObject()) {
            assertTrue(v.has("id") && v.has("iri") && v.has("label"), "a reference: " + v);
            return v.get("iri").asText();
        }
        return v.asText();
    }

    /** The SPARQL rows with the columns the API gives (an {@code xLabel} beside {@code x} is folded into x). */
    private static List<Map<String, String>> sparql(String query, Map<String, ColumnType> columns) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecHTTP qe =
                QueryExecHTTP.service(S.url("/sparql")).query(query).build()) {
            qe.select().forEachRemaining(b -> {
                Map<String, String> row = new LinkedHashMap<>();
                b.vars().forEachRemaining(v -> {
                    String text = text(b.get(v));
                    if (columns.containsKey(v.getVarName())
                            && !(columns.get(v.getVarName()).isList() && text.isEmpty())) {
                        row.put(v.getVarName(), text);
                    }
                });
                rows.add(row);
            });
        }
        return rows;
    }

    private static String text(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, String> normal = new TreeMap<>();
                    r.forEach((k, v) -> normal.put(k, number(v)));
                    return normal.toString();
                })
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** Numbers compared by value: 47, 47.0 and 4.7E1 are one number. */
    private static String number(String v) {
        if (!v.matches("-?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return v;
        }
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
