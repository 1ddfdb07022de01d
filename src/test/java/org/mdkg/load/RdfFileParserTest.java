package org.mdkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.Fixtures;

class RdfFileParserTest {

    @Test
    void malformed_turtle_is_reported_with_file_line_and_column() {
        var e = assertThrows(
                InvalidInputException.class,
                () -> RdfFileParser.parse(Fixtures.path("load", "bad-unterminated.ttl"), "bad-unterminated.ttl"));
        ParseProblem p = e.problems().get(0);
        assertEquals("bad-unterminated.ttl", p.file());
        assertEquals(6, p.line(), "the parser stops where the missing ';' or '.' is noticed");
        assertTrue(p.column() > 0);
        assertTrue(p.toString().startsWith("bad-unterminated.ttl:6:"), p.toString());
    }

    @Test
    void a_string_left_open_is_reported_where_it_starts_not_on_the_next_line(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("open-string.ttl");
        Files.writeString(
                file,
                "@prefix ex: <http://example.org/> .\n"
                        + "ex:a ex:p \"closed\" ; ex:q <http://example.org/x#y> .\n"
                        + "ex:b ex:p \"left open .\n"
                        + "ex:c ex:p \"x\" .\n");
        var e = assertThrows(InvalidInputException.class, () -> RdfFileParser.parse(file, "open-string.ttl"));
        ParseProblem p = e.problems().get(0);
        assertEquals("open-string.ttl:3:11", p.toString().substring(0, "open-string.ttl:3:11".length()), p.toString());
        assertTrue(p.message().contains("not closed"), p.message());
    }

    @Test
    void ill_typed_literal_is_a_problem_not_a_silent_warning() {
        var e = assertThrows(
                InvalidInputException.class,
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
    void nesting_deeper_than_the_parser_can_follow_is_a_problem_with_its_place_not_a_crash(@TempDir Path tmp)
            throws Exception {
        int depth = 100_000;
        Path deep = tmp.resolve("deep.ttl");
        Files.writeString(
                deep,
                "@prefix ex: <http://example.org/> .\nex:s ex:p " + "[ ex:p ".repeat(depth) + "ex:o"
                        + " ]".repeat(depth) + " .\n");
        var e = assertThrows(InvalidInputException.class, () -> RdfFileParser.parse(deep, "deep.ttl"));
        ParseProblem p = e.problems().get(0);
        assertEquals(2, p.line());
        assertEquals(11 + 7L * (depth - 1), p.column(), "the innermost '['");
        assertTrue(p.message().contains("nested " + depth + " deep"), p.message());
    }

    @Test
    void bytes_that_are_not_utf8_are_a_problem_even_where_the_parser_would_let_them_through(@TempDir Path tmp)
            throws Exception {
        Path file = tmp.resolve("surrogate.nt");
        byte[] head = "<http://ex/s> <http://ex/p> \"a".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 6];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ' ', '.'}, 0, bytes, head.length, 6);
        Files.write(file, bytes);
        var e = assertThrows(InvalidInputException.class, () -> RdfFileParser.parse(file, "surrogate.nt"));
        assertEquals(
                "surrogate.nt:1:" + (head.length + 1) + ": byte 0xED at offset " + head.length
                        + " is not valid UTF-8 (files must be UTF-8)",
                e.problems().get(0).toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ex:s ex:p <http://exa mple.org/x> .",
                "ex:s ex:p \"x\"@en_US .",
                "ex:s ex:p \"1.5\"^^xsd:int .",
                "ex:s ex:p \"2026-02-30\"^^xsd:date .",
                "ex:s ex:p \"yes\"^^xsd:boolean .",
                "ex:s ex:p <relative/without/base> ."
            })
    void each_bad_term_is_a_problem_on_its_line(String line, @TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.ttl");
        Files.writeString(
                file,
                "@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n" + line
                        + "\n");
        var e = assertThrows(InvalidInputException.class, () -> RdfFileParser.parse(file, "bad.ttl"));
        assertEquals(2, e.problems().get(0).line(), e.problems().toString());
    }

    @Test
    void a_bom_crlf_line_ends_and_a_nul_inside_a_string_are_legal_turtle_and_parse(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bom.ttl");
        Files.write(
                file,
                "\uFEFF@prefix ex: <http://example.org/> .\r\nex:s ex:p \"a\u0000b\" .\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        ParsedFile f = RdfFileParser.parse(file, "bom.ttl");
        assertEquals(1, f.size());
        assertEquals(
                "a\u0000b",
                f.content().getDefaultGraph().find().next().getObject().getLiteralLexicalForm());
    }

    @Test
    void an_external_xml_entity_is_refused_at_its_declaration_while_internal_entities_expand(@TempDir Path tmp)
            throws Exception {
        String head = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n  <!ENTITY ex \"https://ex/\">\n";
        String body = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"https://ex/\">"
                + "<rdf:Description rdf:about=\"&ex;a\"><e:p>v%s</e:p></rdf:Description></rdf:RDF>\n";
        Path external = Files.writeString(
                tmp.resolve("external.rdf"),
                head + "  <!ENTITY x SYSTEM \"file:///etc/hostname\">\n]>\n" + body.formatted("&x;"));
        var e = assertThrows(InvalidInputException.class, () -> RdfFileParser.parse(external, "external.rdf"));
        ParseProblem p = e.problems().getFirst();
        assertEquals("external.rdf:4:3", p.file() + ":" + p.line() + ":" + p.column(), p.toString());
        assertTrue(p.message().contains("'x'"), p.message());
        Path internal = Files.writeString(tmp.resolve("internal.rdf"), head + "]>\n" + body.formatted(""));
        var parsed = RdfFileParser.parse(internal, "internal.rdf");
        assertEquals(1, parsed.size());
        assertTrue(parsed.content()
                .getDefaultGraph()
                .find()
                .next()
                .getSubject()
                .getURI()
                .equals("https://ex/a"));
    }

    @Test
    void unknown_extension_is_refused() {
        var e = assertThrows(
                InvalidInputException.class,
                () -> RdfFileParser.parse(Fixtures.path("load", "not-rdf.txt"), "not-rdf.txt"));
        assertTrue(e.getMessage().contains("not an RDF file"), e.getMessage());
    }
}
