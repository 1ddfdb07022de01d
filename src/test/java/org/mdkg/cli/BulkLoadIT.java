package org.mdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.cli.CliIT.Run;
import org.mdkg.derive.Derivations;
import org.mdkg.load.DerivationStamp;
import org.mdkg.store.Store;
import org.mdkg.write.ChangeLog;
import org.mdkg.write.ChangeRecord;

/** {@code mdkg load} into a store without data builds a new store with TDB2's bulk loader, all or nothing. */
class BulkLoadIT {
    @TempDir
    Path tmp;

    @Test
    void a_load_into_no_store_is_derived_recorded_and_stamped_in_one_generation() throws IOException {
        Path db = tmp.resolve("db");
        Run r = CliIT.mdkg(
                "load",
                "--db",
                db.toString(),
                Fixtures.path("load", "sourced-processes.ttl").toString());
        assertEquals(0, r.code(), r.err());
        try (Store s = Store.open(db)) {
            List<ChangeRecord> changes = ChangeLog.list(s.dataset(), 0, 10);
            assertEquals(1, changes.size());
            assertEquals(0, changes.get(0).removed());
            assertTrue(
                    changes.get(0).source().contains("sourced-processes.ttl"),
                    changes.get(0).source());
            assertTrue(Txn.calculateRead(
                    s.dataset(), () -> DerivationStamp.isCurrent(s.dataset(), Derivations.standard())));
        }
        assertEquals(List.of("db"), names(tmp));
        assertEquals(
                1,
                names(db).stream().filter(n -> n.startsWith("Data-")).count(),
                names(db).toString());
    }

    @Test
    void a_load_into_no_store_that_adds_a_shacl_violation_exits_2_and_leaves_no_store() throws IOException {
        Path db = tmp.resolve("db");
        Run r = CliIT.mdkg(
                "load",
                "--db",
                db.toString(),
                Fixtures.path("load", "sourced-processes.ttl").toString(),
                Fixtures.path("write", "violating-assessment.ttl").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("assessment/bad-1"), r.err());
        assertFalse(Files.exists(db));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void a_load_into_an_empty_store_replaces_it_and_a_second_load_writes_into_it() {
        Path db = tmp.resolve("db");
        Store.open(db).close();
        assertEquals(
                0,
                CliIT.mdkg(
                                "load",
                                "--db",
                                db.toString(),
                                Fixtures.path("load", "sourced-processes.ttl").toString())
                        .code());
        Run second = CliIT.mdkg(
                "load",
                "--db",
                db.toString(),
                Fixtures.path("load", "good-processes.ttl").toString());
        assertEquals(0, second.code(), second.err());
        try (Store s = Store.open(db)) {
            assertEquals(2, ChangeLog.list(s.dataset(), 0, 10).size());
            assertTrue(Txn.calculateRead(
                    s.dataset(), () -> DerivationStamp.isCurrent(s.dataset(), Derivations.standard())));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
