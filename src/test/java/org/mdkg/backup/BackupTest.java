package org.mdkg.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;
import org.mdkg.write.WriteFixtures.Run;

/** Backups are consistent snapshots even while writes commit, and restore to an isomorphic store. */
class BackupTest {
    @TempDir
    Path tmp;

    @Test
    void backup_and_restore_commands_give_an_isomorphic_store() {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
        Path file = tmp.resolve("b.nq.gz");
        Run backup = WriteFixtures.mdkg("backup", "--db", tmp.resolve("db").toString(), "--out", file.toString());
        assertEquals(0, backup.code(), backup.err());
        Run restore =
                WriteFixtures.mdkg("restore", "--db", tmp.resolve("restored").toString(), file.toString());
        assertEquals(0, restore.code(), restore.err());
        Run again =
                WriteFixtures.mdkg("restore", "--db", tmp.resolve("restored").toString(), file.toString());
        assertEquals(2, again.code(), "a store that is not empty needs --replace");
        try (Store a = Store.open(tmp.resolve("db"));
                Store b = Store.open(tmp.resolve("restored"))) {
            assertTrue(isomorphic(a.dataset(), b.dataset()));
        }
    }

    @Test
    void a_backup_taken_while_writes_commit_equals_one_committed_state() throws Exception {
        try (Store store = WriteFixtures.storeWithContext(tmp.resolve("db"))) {
            DatasetGraph dsg = store.dataset();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; running.get() && i < 2000; i++) {
                    int n = i;
                    Txn.executeWrite(dsg, () -> {
                        for (int k = 0; k < 10; k++) {
                            dsg.add(new Quad(
                                    NodeFactory.createURI("urn:mdkg:graph:test/w"),
                                    NodeFactory.createURI("https://ex/s" + n),
                                    NodeFactory.createURI("https://ex/p" + k),
                                    NodeFactory.createLiteralString("v" + n)));
                        }
                    });
                }
            });
            writer.start();
            Thread.sleep(200);
            Path file = tmp.resolve("live.nq.gz");
            long quads = Backup.writeTo(dsg, file);
            running.set(false);
            writer.join();
            DatasetGraph restored = Restore.parse(file);
            assertEquals(quads, count(restored.find()));
            long writtenBy = count(restored.find(NodeFactory.createURI("urn:mdkg:graph:test/w"), null, null, null));
            assertEquals(0, writtenBy % 10, "whole transactions only: " + writtenBy);
            assertNotEquals(quads, store.tripleCount(), "writes went on after the snapshot started");
        }
    }

    @Test
    void a_truncated_backup_restores_nothing() throws Exception {
        try (Store store = WriteFixtures.storeWithContext(tmp.resolve("db"))) {
            Path file = tmp.resolve("full.nq");
            Files.writeString(
                    file,
                    "<https://ex/a> <https://ex/b> \"c\" <urn:mdkg:graph:g> .\n<https://ex/a> <https://ex/b> \"tru");
            long before = store.tripleCount();
            try {
                Restore.replaceAll(store, file);
            } catch (RuntimeException expected) {
                assertEquals(before, store.tripleCount());
                return;
            }
            throw new AssertionError("a truncated backup was accepted");
        }
    }

    private static long count(java.util.Iterator<Quad> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static boolean isomorphic(DatasetGraph a, DatasetGraph b) {
        return WriteFixtures.sameQuads(a, b);
    }
}
