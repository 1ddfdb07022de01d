package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.derive.Derivations;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;
import org.mdkg.write.Author;
import org.mdkg.write.GraphStoreWrite;
import org.mdkg.write.WriteFixtures;
import org.mdkg.write.WriteService;

/**
 * Jena 5.6's TDB2 could corrupt its node table after an aborted write followed by a read-then-write
 * (apache/jena #3877, fixed in 6.1). mdkg now applies every write inside its TDB2 transaction and aborts it when the
 * write is refused, so these tests provoke aborts — directly and through refused writes — and then check integrity
 * with a full scan.
 */
class AbortIntegrityTest {
    @TempDir
    Path tmp;

    @Test
    void an_aborted_write_then_read_then_write_cycles_leave_the_store_whole() {
        try (Store store = Store.open(tmp.resolve("db"))) {
            DatasetGraph dsg = store.dataset();
            long committed = 0;
            for (int round = 0; round < 50; round++) {
                int r = round;
                dsg.begin(org.apache.jena.query.TxnType.WRITE);
                for (int i = 0; i < 200; i++) {
                    dsg.add(quad("aborted-" + r + "-" + i, "x".repeat(300) + r + "-" + i));
                }
                dsg.abort();
                dsg.end();
                Txn.executeWrite(dsg, () -> {
                    dsg.find().forEachRemaining(q -> {});
                    for (int i = 0; i < 20; i++) {
                        dsg.add(quad("kept-" + r + "-" + i, "y".repeat(300) + r + "-" + i));
                    }
                });
                committed += 20;
                assertEquals(committed, WriteFixtures.fullScan(store) / 2, "round " + round);
            }
        }
    }

    @Test
    void refused_writes_abort_their_transaction_and_leave_the_store_whole_and_writable() throws Exception {
        try (Store store = WriteFixtures.storeWithContext(tmp.resolve("db"))) {
            WriteService writes = new WriteService(store, Derivations.standard());
            Graph violating = RDFParser.source(WriteFixtures.file("violating-assessment.ttl"))
                    .toGraph();
            long before = WriteFixtures.fullScan(store);
            for (int round = 0; round < 10; round++) {
                Node g = NodeFactory.createURI("urn:mdkg:graph:test/refused-" + round);
                MdkgException refused = assertThrows(
                        MdkgException.class,
                        () -> writes.commit(new Author("test"), "test", "", GraphStoreWrite.put(g, violating)));
                assertEquals(ErrorKind.VIOLATION, refused.kind());
                assertEquals(before + 2L * round, WriteFixtures.fullScan(store), "round " + round);
                int r = round;
                Txn.executeWrite(store.dataset(), () -> {
                    store.dataset().find().forEachRemaining(q -> {});
                    store.dataset().add(quad("after-refusal-" + r, "z".repeat(300) + r));
                });
            }
            assertEquals(before + 20, WriteFixtures.fullScan(store), "each round kept exactly its one quad");
        }
    }

    @Test
    void refused_bad_input_never_aborts_a_tdb2_transaction_and_the_store_stays_whole() {
        try (Store store = Store.open(tmp.resolve("db"))) {
            Loader loader = new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard());
            loader.load(List.of(Fixtures.path("load", "good-processes.ttl")), null, LoadListener.SILENT);
            long before = WriteFixtures.fullScan(store);
            for (int i = 0; i < 20; i++) {
                assertThrows(
                        InvalidInputException.class,
                        () -> loader.load(
                                List.of(
                                        Fixtures.path("load", "good-assessments.ttl"),
                                        Fixtures.path("load", "bad-unterminated.ttl")),
                                null,
                                LoadListener.SILENT));
                Txn.executeWrite(store.dataset(), () -> {
                    store.dataset().find().forEachRemaining(q -> {});
                    store.dataset().add(quad("after-refusal", "z".repeat(100)));
                });
            }
            assertEquals(before + 2, WriteFixtures.fullScan(store), "one new quad, seen by both halves of the probe");
        }
    }

    private static Quad quad(String s, String literal) {
        return new Quad(
                NodeFactory.createURI("urn:mdkg:graph:test"),
                NodeFactory.createURI("https://ex/" + s),
                NodeFactory.createURI("https://ex/p"),
                NodeFactory.createLiteralString(literal));
    }
}
