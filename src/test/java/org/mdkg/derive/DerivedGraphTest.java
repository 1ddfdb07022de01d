package org.mdkg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;

/** The derived graph is rebuilt, never accumulated: reloading leaves exactly the same derived quads. */
class DerivedGraphTest {
    @TempDir
    Path tmp;

    @Test
    void decimals_are_written_in_the_form_tdb2_reads_back() {
        assertEquals("1.0", DerivedNodes.canonical(new BigDecimal("1.000")));
        assertEquals("0.25", DerivedNodes.canonical(new BigDecimal("0.250")));
        assertEquals("12.0", DerivedNodes.canonical(new BigDecimal("12")));
        assertEquals("0.0", DerivedNodes.canonical(new BigDecimal("0.000")));
    }

    @Test
    void reloading_leaves_no_orphan_derived_quads() {
        try (Store store = Store.open(tmp.resolve("db"))) {
            Loader loader = new Loader(store, Path.of(""), Derivations.standard());
            List<Path> files = List.of(Fixtures.path("analysis", "analysis.ttl"));
            loader.load(files, null, LoadListener.SILENT);
            long once = derivedSize(store);
            loader.load(files, null, LoadListener.SILENT);
            loader.load(files, null, LoadListener.SILENT);
            assertTrue(once > 0, "the fixture derives something");
            assertEquals(once, derivedSize(store));
        }
    }

    private static long derivedSize(Store store) {
        return Txn.calculateRead(
                store.dataset(),
                () -> store.dataset().getGraph(GraphNames.DERIVED).size());
    }
}
