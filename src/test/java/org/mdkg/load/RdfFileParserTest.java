package org.mdkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdkg.Fixtures;

class RdfFileParserTest {

    @Test
    void malformed_turtle_is_reported_with_file_line_and_column() {
        var e = assertThrows(InvalidInputException.class,
                () -> RdfFileParser.parse(Fixtures.path("load", "bad-unterminated.ttl"), "bad-unterminated.ttl"));
        ParseProblem p = e.problems().get(0);
        assertEquals("bad-unterminated.ttl", p.file());
        assertEquals(6, p.line(), "the parser stops where the missing ';' or '.' is noticed");
        assertTrue(p.column() > 0);
        assertTrue(p.toString().startsWith("bad-unterminated.ttl:6:"), p.toString());
    }

    @Test
    void ill_typed_literal_is_a_problem_not_a_silent_warning() {
        var e = assertThrows(InvalidInputException.class,
                () -> RdfFileParser.parse(Fixtures.path("load", "bad-integer-literal.ttl"), "bad-integer-literal.ttl"));
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void valid_turtle_parses_with_its_triples_and_hash() {
        ParsedFile f = RdfFileParser.parse(Fixtures.path("load", "good-processes.ttl"), "good-processes.ttl");
        assertEquals(4, f.size());
        assertEquals(64, f.sha256().length());
        assertFalse(f.sha256().isBlank());
    }

    @Test
    void unknown_extension_is_refused() {
        var e = assertThrows(InvalidInputException.class,
                () -> RdfFileParser.parse(Fixtures.path("load", "not-rdf.txt"), "not-rdf.txt"));
        assertTrue(e.getMessage().contains("not an RDF file"), e.getMessage());
    }
}
