package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.ParsedFile;
import org.mdkg.load.RdfFileParser;

/**
 * Reliability test B8 (parser stress) on the loader's parser: a 50 MB literal and a million prefix declarations
 * parse; lists and blank nodes nested 100,000 deep are refused with their place instead of crashing the parser.
 * (Write bodies over 16 MiB are refused before parsing, see {@code WriteServerIT}.)
 */
class ParserStressTest {
    @TempDir
    Path tmp;

    @Test
    void a_50_mb_literal_is_read_whole() throws Exception {
        Path file = tmp.resolve("big.nt");
        int size = 50_000_000;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("<http://ex/s> <http://ex/p> \"");
            for (int i = 0; i < size / 1000; i++) {
                w.write("a".repeat(1000));
            }
            w.write("\" .\n");
        }
        ParsedFile parsed = RdfFileParser.parse(file, "big.nt");
        Triple t = parsed.content().getDefaultGraph().find().next();
        assertEquals(size, t.getObject().getLiteralLexicalForm().length());
    }

    @Test
    void a_million_prefix_declarations_are_read() throws Exception {
        Path file = tmp.resolve("prefixes.ttl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 1_000_000; i++) {
                w.write("@prefix p" + i + ": <http://ex/" + i + "/> .\n");
            }
            w.write("p1:s p2:p p999999:o .\n");
        }
        ParsedFile parsed = RdfFileParser.parse(file, "prefixes.ttl");
        Triple t = parsed.content().getDefaultGraph().find().next();
        assertEquals("http://ex/999999/o", t.getObject().getURI());
    }

    @Test
    void a_list_nested_100000_deep_is_refused_with_its_place() throws Exception {
        Path file = tmp.resolve("lists.ttl");
        int depth = 100_000;
        Files.writeString(
                file, "<http://ex/s> <http://ex/p> " + "( ".repeat(depth) + "1" + " )".repeat(depth) + " .\n");
        var e = assertThrows(InvalidInputException.class, () -> RdfFileParser.parse(file, "lists.ttl"));
        String problem = e.problems().get(0).toString();
        assertTrue(
                problem.startsWith("lists.ttl:1:" + (29 + 2 * (depth - 1)) + ": brackets nested " + depth + " deep"),
                problem);
    }
}
