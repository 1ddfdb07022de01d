package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures.Run;

/** {@code mdkg load} validates against the store's shapes before its write transaction, and records each load. */
class LoadGateTest {
    @TempDir
    Path tmp;

    @Test
    void a_load_that_adds_shacl_violations_exits_2_names_focus_node_and_path_and_changes_nothing() {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
        Fingerprint before;
        try (Store s = Store.open(tmp.resolve("db"))) {
            before = Fingerprint.of(s.dataset());
        }
        Run r = WriteFixtures.mdkg(
                "load",
                "--db",
                tmp.resolve("db").toString(),
                WriteFixtures.file("violating-assessment.ttl").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(
                r.err().contains("SHACL violation")
                        && r.err().contains("assessment/bad-1")
                        && r.err().contains("mdkg:assesses"),
                r.err());
        try (Store s = Store.open(tmp.resolve("db"))) {
            assertEquals(before, Fingerprint.of(s.dataset()));
        }
    }

    @Test
    void a_clean_load_is_recorded_in_the_change_log_with_its_files_and_their_sha256() {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
        Run r = WriteFixtures.mdkg(
                "load",
                "--db",
                tmp.resolve("db").toString(),
                WriteFixtures.file("context.ttl").toString());
        assertEquals(0, r.code(), r.err());
        try (Store s = Store.open(tmp.resolve("db"))) {
            ChangeRecord change = ChangeLog.list(s.dataset(), 0, 1).get(0);
            assertTrue(change.author().startsWith("cli:"));
            assertTrue(change.source().contains("context.ttl"), change.source());
            assertTrue(change.inputSha256().matches(".*context\\.ttl=[0-9a-f]{64}.*"), change.inputSha256());
        }
    }

    @Test
    void a_load_into_an_ontology_graph_needs_the_operators_ontology_flag() {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
        String[] args = {
            "load",
            "--db",
            tmp.resolve("db").toString(),
            "--graph",
            "urn:mdkg:graph:ontology/shapes.ttl",
            WriteFixtures.SHAPES.toString()
        };
        Run refused = WriteFixtures.mdkg(args);
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("--ontology"), refused.err());
        String[] upgrade = java.util.Arrays.copyOf(args, args.length + 1);
        upgrade[args.length] = "--ontology";
        Run allowed = WriteFixtures.mdkg(upgrade);
        assertEquals(0, allowed.code(), allowed.err());
        Run changes = WriteFixtures.mdkg(
                "load",
                "--db",
                tmp.resolve("db").toString(),
                "--graph",
                "urn:mdkg:graph:changes",
                "--ontology",
                WriteFixtures.file("context.ttl").toString());
        assertEquals(2, changes.code(), "the change log is never loaded, flag or not");
    }
}
