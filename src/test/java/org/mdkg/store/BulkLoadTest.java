package org.mdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.base.MdkgException;

/** {@link Store#createByBulkLoad} over real TDB2 directories: all or nothing. */
class BulkLoadTest {
    private static final Quad A = quad("a");
    private static final Quad FINISHED = quad("finished");

    @TempDir
    Path tmp;

    @Test
    void the_new_store_holds_the_streamed_quads_and_what_finish_wrote_in_one_generation() throws IOException {
        Path db = tmp.resolve("db");
        Store.createByBulkLoad(
                db,
                sink -> sink.quad(A),
                s -> Txn.executeWrite(s.dataset(), () -> s.dataset().add(FINISHED)));
        try (Store s = Store.open(db)) {
            assertTrue(Txn.calculateRead(
                    s.dataset(), () -> s.dataset().contains(A) && s.dataset().contains(FINISHED)));
        }
        assertEquals(List.of("db"), names(tmp), "nothing left beside the store");
        assertEquals(
                1,
                names(db).stream().filter(n -> n.startsWith("Data-")).count(),
                names(db).toString());
    }

    @Test
    void a_failing_finish_leaves_an_absent_directory_absent_and_nothing_beside_it() throws IOException {
        Path db = tmp.resolve("db");
        assertThrows(
                IllegalStateException.class,
                () -> Store.createByBulkLoad(db, sink -> sink.quad(A), s -> {
                    throw new IllegalStateException("refused");
                }));
        assertFalse(Files.exists(db));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void a_failing_stream_leaves_an_empty_store_as_it_was() throws IOException {
        Path db = tmp.resolve("db");
        Store.open(db).close();
        List<String> before = names(db);
        assertThrows(
                IllegalStateException.class,
                () -> Store.createByBulkLoad(
                        db,
                        (StreamRDF sink) -> {
                            sink.quad(A);
                            throw new IllegalStateException("bad input");
                        },
                        s -> {}));
        assertEquals(before, names(db));
        assertEquals(List.of("db"), names(tmp));
        try (Store s = Store.open(db)) {
            assertTrue(s.isEmpty());
        }
    }

    @Test
    void a_directory_that_holds_data_is_refused_and_kept() {
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(A));
        }
        assertThrows(MdkgException.class, () -> Store.createByBulkLoad(db, sink -> sink.quad(FINISHED), s -> {}));
        try (Store s = Store.open(db)) {
            assertEquals(1, s.tripleCount());
        }
    }

    private static Quad quad(String name) {
        return Quad.create(
                NodeFactory.createURI("urn:test:g"),
                NodeFactory.createURI("urn:test:" + name),
                NodeFactory.createURI("urn:test:p"),
                NodeFactory.createLiteralString(name));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
