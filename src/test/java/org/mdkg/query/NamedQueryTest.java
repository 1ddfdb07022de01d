package org.mdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.mdkg.Fixtures;

class NamedQueryTest {
    private final NamedQuery query = QueryFileReader.read(Fixtures.path("queries", "processes-by-label.rq"));

    @Test
    void header_is_read_into_summary_tags_and_typed_params() {
        assertEquals("processes-by-label", query.id());
        assertEquals(List.of("test"), query.tags());
        assertEquals(ParamType.IRI, query.params().get(0).type());
        assertTrue(query.params().get(0).isList());
        assertEquals("10", query.params().get(2).defaultValue());
    }

    @Test
    void slugs_become_iris_in_one_values_block() {
        Query bound = query.bind(Map.of("process", List.of("rabat", "khartoum")));
        String text = bound.serialize();
        assertTrue(text.contains("<https://w3id.org/mdkg/id/process/rabat>"), text);
        assertTrue(text.contains("<https://w3id.org/mdkg/id/process/khartoum>"), text);
        QueryFactory.create(text);
    }

    @Test
    void an_injection_payload_stays_one_string_literal() {
        String payload = "x\" } ; DROP ALL ; #";
        Query bound = query.bind(Map.of("label", List.of(payload)));
        Query reparsed = QueryFactory.create(bound.serialize());
        assertTrue(reparsed.isSelectType());
        assertTrue(bound.serialize().contains("\"x\\\" } ; DROP ALL ; #\""), bound.serialize());
    }

    @Test
    void an_iri_payload_that_breaks_out_is_refused_naming_the_parameter() {
        var e = assertThrows(
                InvalidParameterException.class, () -> query.bind(Map.of("process", List.of("<http://a> ?p ?o } #"))));
        assertEquals("process", e.parameter());
    }

    @Test
    void a_badly_typed_value_is_refused_naming_the_parameter() {
        var e = assertThrows(InvalidParameterException.class, () -> query.bind(Map.of("limit", List.of("ten"))));
        assertEquals("limit", e.parameter());
    }

    @Test
    void an_unknown_parameter_is_refused() {
        var e = assertThrows(InvalidParameterException.class, () -> query.bind(Map.of("colour", List.of("red"))));
        assertEquals("colour", e.parameter());
    }

    @Test
    void two_values_for_a_single_valued_parameter_are_refused() {
        var e = assertThrows(InvalidParameterException.class, () -> query.bind(Map.of("label", List.of("a", "b"))));
        assertEquals("label", e.parameter());
    }

    @Test
    void a_file_without_summary_is_refused_with_its_name() {
        var e = assertThrows(
                InvalidQueryFileException.class,
                () -> QueryFileReader.read(Fixtures.path("queries", "bad-no-summary.rq")));
        assertTrue(e.getMessage().contains("bad-no-summary.rq"), e.getMessage());
    }
}
