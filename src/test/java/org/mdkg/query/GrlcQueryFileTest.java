package org.mdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdkg.Fixtures;

/** Query files written as grlc's documentation writes them: BASIL variables and grlc decorators. */
class GrlcQueryFileTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private static NamedQuery read(String name) {
        return QueryFileReader.read(Fixtures.path("grlc", name));
    }

    private static Map<String, QueryParam> params(NamedQuery q) {
        return q.params().stream().collect(Collectors.toMap(QueryParam::name, p -> p));
    }

    @Test
    void basil_variables_become_typed_parameters_under_their_bare_names() {
        Map<String, QueryParam> p = params(read("basil-types.rq"));
        assertEquals(
                List.of("o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9", "o10", "o11"),
                read("basil-types.rq").params().stream().map(QueryParam::name).toList());
        assertEquals(ParamType.STRING, p.get("o1").type());
        assertEquals("_o1", p.get("o1").variable());
        assertEquals(ParamType.IRI, p.get("o2").type());
        assertEquals("_o2_iri", p.get("o2").variable());
        assertEquals(ParamType.STRING, p.get("o3").type());
        assertEquals(ParamType.LANG_STRING, p.get("o4").type());
        assertEquals("en", p.get("o4").lang());
        assertEquals(ParamType.INTEGER, p.get("o5").type());
        assertEquals(ParamType.DATE, p.get("o6").type());
        assertNull(p.get("o6").datatype());
        assertEquals(ParamType.DECIMAL, p.get("o7").type());
        assertEquals(ParamType.BOOLEAN, p.get("o8").type());
        assertEquals(XSD + "dateTime", p.get("o9").datatype());
        assertEquals(
                "http://www.opengis.net/ont/geosparql#wktLiteral", p.get("o10").datatype());
        assertTrue(p.get("o1").isRequired());
        assertFalse(p.get("o11").isRequired());
        assertEquals(ParamType.IRI, p.get("o11").type());
    }

    @Test
    void values_are_bound_as_terms_of_the_conventions_type() {
        Map<String, QueryParam> p = params(read("basil-types.rq"));
        Node lang = p.get("o4").toNode("Rabat process");
        assertEquals("en", lang.getLiteralLanguage());
        assertEquals(XSD + "integer", p.get("o5").toNode("12").getLiteralDatatypeURI());
        assertEquals(XSD + "date", p.get("o6").toNode("2015-11-12").getLiteralDatatypeURI());
        assertEquals(
                XSD + "dateTime", p.get("o9").toNode("2015-11-12T10:00:00Z").getLiteralDatatypeURI());
        assertThrows(IllegalArgumentException.class, () -> p.get("o9").toNode("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> p.get("o5").toNode("twelve"));
        assertTrue(p.get("o2").toNode("https://w3id.org/mdkg/id/process/rabat").isURI());
    }

    @Test
    void a_required_grlc_iri_parameter_binds_its_variable_and_an_optional_one_left_out_stays_unbound() {
        NamedQuery q = read("grlc-process-meetings.rq");
        String text = q.bind(Map.of("process", List.of("https://w3id.org/mdkg/id/process/rabat")))
                .serialize();
        assertTrue(text.contains("VALUES ?_process_iri { <https://w3id.org/mdkg/id/process/rabat> }"), text);
        assertFalse(text.contains("VALUES ?__from_xsd_date"), text);
        QueryFactory.create(text);
        var e = assertThrows(InvalidParameterException.class, () -> q.bind(Map.of()));
        assertEquals("process", e.parameter());
        var bad = assertThrows(
                InvalidParameterException.class,
                () -> q.bind(Map.of("process", List.of("rabat"), "from", List.of("soon"))));
        assertTrue(bad.parameter().equals("process") || bad.parameter().equals("from"), bad.getMessage());
    }

    @Test
    void grlc_decorators_are_read_as_its_documentation_writes_them() {
        NamedQuery q = read("grlc-decorators.rq");
        assertEquals("This is the summary of my query/operation.", q.summary());
        assertTrue(q.description().startsWith("Extended description"), q.description());
        assertTrue(q.description().endsWith("multiple lines."), q.description());
        assertEquals(List.of("firstTag", "secondTag"), q.tags());
        assertEquals(
                "http://dbpedia.org/resource/Rock_music", params(q).get("genre").defaultValue());
        assertEquals(List.of("genre"), q.enumerated());
        assertEquals(List.of("1991", "1994"), params(q).get("year").values());
        assertEquals(100, q.pageSize());
        assertTrue(q.acceptsPost());
    }

    @Test
    void a_value_outside_a_given_enumeration_is_refused_naming_the_parameter() {
        NamedQuery q = read("grlc-decorators.rq");
        q.bind(Map.of("year", List.of("1994")));
        var e = assertThrows(InvalidParameterException.class, () -> q.bind(Map.of("year", List.of("1990"))));
        assertEquals("year", e.parameter());
    }

    @Test
    void a_parameter_a_sub_select_returns_is_bound_where_it_filters() {
        NamedQuery q = read("subquery-projected.rq");
        assertEquals("_genre_iri", q.params().get(0).variable());
        String text = q.bind(Map.of("genre", List.of("http://dbpedia.org/resource/Rock_music")))
                .serialize();
        assertTrue(text.contains("VALUES ?_genre_iri"), text);
    }

    @Test
    void a_default_applies_when_the_parameter_is_not_given() {
        assertFalse(params(read("grlc-paged-meetings.rq")).get("process").isRequired());
        String text = read("grlc-paged-meetings.rq").bind(Map.of()).serialize();
        assertTrue(text.contains("VALUES ?_process_iri { <https://w3id.org/mdkg/id/process/rabat> }"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bad-endpoint.rq    | 2:4 | grlc's 'endpoint' decorator is not supported by mdkg",
                "bad-transform.rq   | 4:4 | grlc's 'transform' decorator is not supported by mdkg",
                "bad-unknown-key.rq | 2:4 | unknown header key 'tag'",
                "bad-number.rq      | 4:9 | ?_n_number looks like a grlc parameter",
                "bad-type.rq        | 4:9 | '_colour2' is neither",
                "bad-prefix.rq      | 4:9 | the query declares no PREFIX ex:",
                "bad-defaults.rq    | 3:8 | 'defaults' names 'genre', which is no parameter",
                "bad-pagination.rq  | 2:4 | 'pagination' must be a whole number",
                "bad-method.rq      | 2:4 | 'method' must be GET or POST",
                "bad-subquery.rq    | 4:39 | ?_genre_iri is inside a sub-SELECT that does not return it",
                "bad-duplicate.rq   | 3:11 | header is not valid YAML: Duplicate field 'summary'",
                "bad-yaml.rq        | 2:15 | header is not valid YAML: while parsing a flow sequence: expected ',' or ']'",
            })
    void what_mdkg_does_not_support_is_refused_with_file_line_and_column(String file, String at, String message) {
        Path path = Fixtures.path("grlc", file);
        var e = assertThrows(InvalidQueryFileException.class, () -> QueryFileReader.read(path));
        assertTrue(e.getMessage().startsWith(path + ":" + at + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
