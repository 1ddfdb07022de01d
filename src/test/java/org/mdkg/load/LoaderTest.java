package org.mdkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.derive.Derivations;
import org.mdkg.store.GraphInfo;
import org.mdkg.store.Store;

/** The loader against a real TDB2 directory. */
class LoaderTest {
    @TempDir
    Path tmp;

    Store store;
    Loader loader;

    @BeforeEach
    void open() {
        store = Store.open(tmp.resolve("db"));
        loader = new Loader(store, Path.of("").toAbsolutePath(), Derivations.none());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void each_file_goes_into_its_own_graph_named_after_its_path() {
        LoadReport report =
                loader.load(List.of(Fixtures.path("load", "good-processes.ttl")), null, LoadListener.SILENT);
        assertEquals(
                "urn:mdkg:graph:src/test/resources/fixtures/load/good-processes.ttl",
                report.files().get(0).graph());
        GraphInfo g = store.describeGraphs().stream()
                .filter(i -> i.iri().equals(report.files().get(0).graph()))
                .findFirst()
                .orElseThrow();
        assertEquals(4, g.triples());
        assertEquals("src/test/resources/fixtures/load/good-processes.ttl", g.source());
        assertEquals(report.files().get(0).sha256(), g.sha256());
    }

    @Test
    void reloading_a_file_replaces_its_graph_instead_of_doubling_it() {
        List<Path> file = List.of(Fixtures.path("load", "good-processes.ttl"));
        loader.load(file, null, LoadListener.SILENT);
        long once = store.tripleCount();
        loader.load(file, null, LoadListener.SILENT);
        assertEquals(once, store.tripleCount());
    }

    @Test
    void a_bad_file_among_good_ones_changes_nothing() {
        loader.load(List.of(Fixtures.path("load", "good-processes.ttl")), null, LoadListener.SILENT);
        Set<Quad> before = quads();
        var e = assertThrows(
                InvalidInputException.class,
                () -> loader.load(
                        List.of(
                                Fixtures.path("load", "good-assessments.ttl"),
                                Fixtures.path("load", "bad-unterminated.ttl")),
                        null,
                        LoadListener.SILENT));
        assertTrue(e.getMessage().contains("bad-unterminated.ttl:6:"), e.getMessage());
        assertEquals(before, quads());
    }

    @Test
    void every_bad_file_is_reported_not_just_the_first() {
        var e = assertThrows(
                InvalidInputException.class,
                () -> loader.load(
                        List.of(
                                Fixtures.path("load", "bad-unterminated.ttl"),
                                Fixtures.path("load", "bad-integer-literal.ttl")),
                        null,
                        LoadListener.SILENT));
        assertEquals(2, e.problems().size());
    }

    @Test
    void graph_option_puts_all_files_into_one_graph() {
        LoadReport r = loader.load(
                List.of(Fixtures.path("load", "good-processes.ttl"), Fixtures.path("load", "good-assessments.ttl")),
                "urn:test:one",
                LoadListener.SILENT);
        assertEquals(
                r.triples(),
                store.describeGraphs().stream()
                        .filter(g -> g.iri().equals("urn:test:one"))
                        .findFirst()
                        .orElseThrow()
                        .triples());
    }

    @Test
    void a_new_store_built_by_the_bulk_loader_holds_the_files_their_records_and_a_current_stamp() {
        Path fresh = tmp.resolve("fresh");
        Loader bulk = new Loader(null, Path.of("").toAbsolutePath(), Derivations.standard());
        LoadReport r =
                bulk.loadIntoNewStore(fresh, List.of(Fixtures.path("load", "good-processes.ttl")), LoadListener.SILENT);
        try (Store built = Store.open(fresh)) {
            GraphInfo g = built.describeGraphs().stream()
                    .filter(i -> i.iri().equals(r.files().get(0).graph()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(4, g.triples());
            assertEquals(r.files().get(0).sha256(), g.sha256());
            assertFalse(new Loader(built, Path.of(""), Derivations.standard()).deriveIfStale());
        }
    }

    @Test
    void a_bad_file_builds_no_new_store() {
        Path fresh = tmp.resolve("fresh");
        Loader bulk = new Loader(null, Path.of("").toAbsolutePath(), Derivations.none());
        assertThrows(
                InvalidInputException.class,
                () -> bulk.loadIntoNewStore(
                        fresh, List.of(Fixtures.path("load", "bad-unterminated.ttl")), LoadListener.SILENT));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void a_start_derives_again_only_when_the_steps_or_the_loaded_files_changed() {
        Loader standard = new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard());
        standard.load(List.of(Fixtures.path("load", "good-assessments.ttl")), null, LoadListener.SILENT);
        assertFalse(standard.deriveIfStale(), "loaded and derived: current");
        assertTrue(loader.deriveIfStale(), "other steps: derive again");
        assertFalse(loader.deriveIfStale());
        loader.load(List.of(Fixtures.path("load", "good-processes.ttl")), null, LoadListener.SILENT);
        assertFalse(loader.deriveIfStale(), "a load derives and stamps in its transaction");
        assertTrue(standard.deriveIfStale());
    }

    private Set<Quad> quads() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            store.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }
}
