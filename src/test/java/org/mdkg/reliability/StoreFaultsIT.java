package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;
import org.mdkg.write.WriteFixtures;
import org.mdkg.write.WriteFixtures.Run;

/**
 * Faults of the store and of its input answered clearly: {@code mdkg check} verifies the indexes against each
 * other and the node file against the node index, a damaged store is refused at start-up with a message and exit
 * code 4, an empty file does not silently empty its graph, and a file loaded from outside the working directory
 * is named by its file name, never by an absolute path.
 */
class StoreFaultsIT {
    static final String VALUE = "the value that the damage changes";

    @TempDir
    Path tmp;

    private Path store(int triples) throws IOException {
        Path file = tmp.resolve("some.nt");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < triples; i++) {
                w.write("<https://ex/s" + i + "> <https://ex/p> \"" + VALUE + " " + i + "\" .\n");
            }
        }
        Path db = tmp.resolve("db");
        Run load = WriteFixtures.mdkg("load", "--db", db.toString(), file.toString());
        assertEquals(0, load.code(), load.err());
        return db;
    }

    /** Overwrites one character of {@link #VALUE} in the node file ({@code nodes-data.obj}): the term reads back as a different one. */
    private static void damageNodeFile(Path db) throws IOException {
        Path nodes;
        try (Stream<Path> files = Files.walk(db)) {
            nodes = files.filter(p -> p.getFileName().toString().equals("nodes-data.obj"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(nodes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(VALUE + " 7");
        assertTrue(at >= 0, "the value is in the node file");
        bytes[at] = 'T';
        Files.write(nodes, bytes);
    }

    @Test
    void check_passes_a_whole_store_naming_what_it_verified() throws Exception {
        Path db = store(500);
        Run check = WriteFixtures.mdkg("check", "--db", db.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(
                check.out().matches("(?s).*quads: GSPO (\\d+) GPOS \\1 GOSP \\1 POSG \\1 OSPG \\1 SPOG \\1\n.*"),
                check.out());
        assertTrue(check.out().contains("nodes: "), check.out());
        assertTrue(check.out().contains("The store is whole."), check.out());
    }

    @Test
    void a_damaged_node_file_fails_the_check_with_exit_4_and_serve_refuses_to_start_saying_why() throws Exception {
        Path db = store(500);
        damageNodeFile(db);
        Run check = WriteFixtures.mdkg("check", "--db", db.toString());
        assertEquals(4, check.code(), check.out() + check.err());
        assertTrue(check.err().contains("the node file and the node index disagree"), check.err());
        Process serve = CrashIT.mdkg(tmp, List.of("MDKG_PORT=0"), "serve", "--db", db.toString());
        String out;
        try {
            assertTrue(serve.waitFor(120, TimeUnit.SECONDS), "serve started on a damaged store");
            out = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            serve.destroyForcibly();
        }
        assertEquals(4, serve.exitValue(), out);
        assertTrue(out.contains("failed its check, so it is not served"), out);
        assertFalse(out.contains("\tat "), "no stack trace: " + out);
    }

    @Test
    void an_empty_file_is_refused_unless_allowed_and_then_empties_its_graph() throws Exception {
        Path db = tmp.resolve("db");
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path file = Files.writeString(dir.resolve("g.ttl"), "<https://ex/a> <https://ex/p> 1 .\n");
        Path base = Path.of("").toAbsolutePath();
        assertEquals(
                0,
                WriteFixtures.mdkg("load", "--db", db.toString(), file.toString())
                        .code());
        Files.writeString(file, "");
        Run refused = WriteFixtures.mdkg("load", "--db", db.toString(), file.toString());
        assertEquals(2, refused.code(), refused.out());
        assertTrue(
                refused.err().contains("holds no triples") && refused.err().contains("--allow-empty"), refused.err());
        String graph = GraphNames.forFile(file, base).getURI();
        try (Store store = Store.open(db)) {
            assertEquals(1, store.tripleCount() - systemTriples(store), "the graph is still there");
        }
        Run allowed = WriteFixtures.mdkg("load", "--allow-empty", "--db", db.toString(), file.toString());
        assertEquals(0, allowed.code(), allowed.err());
        try (Store store = Store.open(db)) {
            assertFalse(store.graphNames().stream().anyMatch(g -> g.getURI().equals(graph)));
        }
    }

    @Test
    void a_file_outside_the_working_directory_is_named_by_its_file_name_never_its_absolute_path() throws Exception {
        Path db = tmp.resolve("db");
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));
        Path file = Files.writeString(one.resolve("outside.ttl"), "<https://ex/a> <https://ex/p> 1 .\n");
        Files.writeString(two.resolve("outside.ttl"), "<https://ex/b> <https://ex/p> 2 .\n");
        Run load = WriteFixtures.mdkg("load", "--db", db.toString(), file.toString());
        assertEquals(0, load.code(), load.err());
        try (Store store = Store.open(db)) {
            List<String> names =
                    store.graphNames().stream().map(g -> g.getURI()).toList();
            assertTrue(names.contains("urn:mdkg:graph:outside.ttl"), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.contains(tmp.toString())), names.toString());
            assertFalse(
                    store.describeGraphs().stream().anyMatch(g -> g.source().contains(tmp.toString())),
                    store.describeGraphs().toString());
        }
        Run both = WriteFixtures.mdkg("load", "--db", db.toString(), one.toString(), two.toString());
        assertEquals(2, both.code(), both.out());
        assertTrue(both.err().contains("as ") && both.err().contains("--graph"), both.err());
    }

    private static long systemTriples(Store store) {
        return WriteFixtures.count(
                store,
                "SELECT (COUNT(*) AS ?n) { VALUES ?g { <urn:mdkg:graph:meta> <urn:mdkg:graph:changes> "
                        + "<urn:mdkg:graph:derived> } GRAPH ?g { ?s ?p ?o } }");
    }
}
