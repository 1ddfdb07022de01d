package org.mdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.Fixtures;

class QueryRunnerTest {
    private final DatasetGraph dataset = load();
    private final QueryRunner runner = new QueryRunner(dataset);
    private final NamedQuery query = QueryFileReader.read(Fixtures.path("api", "commitments-of.rq"));

    private static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(
                dsg, () -> RDFParser.source(Fixtures.path("api", "small.ttl")).parse(dsg));
        return dsg;
    }

    @Test
    void pages_walk_every_row_exactly_once_with_an_exact_total() {
        List<String> seen = new ArrayList<>();
        ResultPage page;
        int offset = 0;
        do {
            page = runner.select(query, Map.of(), new PageRequest(3, offset));
            assertEquals(10, page.total());
            page.rows().forEach(r -> seen.add(r.get("code").getLiteralLexicalForm()));
            offset += 3;
        } while (page.hasNext());
        assertEquals(10, seen.size());
        assertEquals(10, new HashSet<>(seen).size());
        assertEquals("T01", seen.get(0));
    }

    @Test
    void a_page_past_the_end_is_empty_and_has_no_next() {
        ResultPage page = runner.select(query, Map.of(), new PageRequest(5, 50));
        assertTrue(page.rows().isEmpty());
        assertFalse(page.hasNext());
        assertEquals(10, page.total());
    }

    @Test
    void list_values_become_one_values_block() {
        assertEquals(
                7,
                runner.select(query, Map.of("process", List.of("alpha")), PageRequest.first())
                        .total());
        assertEquals(
                10,
                runner.select(query, Map.of("process", List.of("alpha", "beta")), PageRequest.first())
                        .total());
    }

    @Test
    void limit_and_offset_out_of_range_are_refused_naming_them() {
        assertEquals(
                "limit",
                assertThrows(InvalidParameterException.class, () -> PageRequest.parse("0", null))
                        .parameter());
        assertEquals(
                "limit",
                assertThrows(InvalidParameterException.class, () -> PageRequest.parse("501", null))
                        .parameter());
        assertEquals(
                "offset",
                assertThrows(InvalidParameterException.class, () -> PageRequest.parse(null, "-1"))
                        .parameter());
        assertEquals(
                "offset",
                assertThrows(InvalidParameterException.class, () -> PageRequest.parse(null, "two"))
                        .parameter());
        assertEquals(new PageRequest(50, 0), PageRequest.parse(null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\" } ; DROP ALL ; #", "\") } UNION { ?s ?p ?o } #", "', \"quoted\""})
    void injection_payloads_are_matched_as_text_and_change_nothing(String payload) {
        long before = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        ResultPage page = runner.select(query, Map.of("text", List.of(payload)), PageRequest.first());
        assertEquals(0, page.total());
        assertEquals(before, (long)
                Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size()));
    }

    @Test
    void quotes_in_a_string_parameter_are_matched_literally() {
        assertEquals(
                10,
                runner.select(query, Map.of("text", List.of("\"quoted\"")), PageRequest.first())
                        .total());
    }

    @Test
    void describe_gives_the_triples_of_one_resource() {
        var graph = runner.describe(NodeFactory.createURI("https://w3id.org/mdkg/id/commitment/t01"));
        assertEquals(5, graph.size());
    }

    @Test
    void the_example_of_the_fixture_holds_and_a_broken_promise_is_reported() {
        ExampleExpectation expected = ExampleExpectation.of(query);
        List<Map<String, String>> rows = runner.select(query, expected.params(), PageRequest.all()).rows().stream()
                .map(r -> Map.of("code", r.get("code").getLiteralLexicalForm()))
                .toList();
        assertTrue(expected.check(rows).isEmpty(), expected.check(rows).toString());
        assertEquals(2, expected.check(rows.subList(1, 4)).size(), "row count and the missing T01");
    }

    @Test
    void an_unknown_expectation_key_is_refused_with_the_query_name() {
        NamedQuery bad = QueryFileReader.read(Fixtures.path("api", "bad-expect-key.rq"));
        var e = assertThrows(InvalidQueryFileException.class, () -> ExampleExpectation.of(bad));
        assertTrue(e.getMessage().contains("bad-expect-key") && e.getMessage().contains("rowz"), e.getMessage());
    }
}
