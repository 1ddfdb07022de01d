package org.mdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Settings;

/** {@code MDKG_NODE_CACHE}: the sizes of TDB2's node caches, read by {@link Settings}, over real TDB2 directories. */
class NodeCacheTest {
    private static final Quad A = new Quad(
            NodeFactory.createURI("urn:g"),
            NodeFactory.createURI("urn:s"),
            NodeFactory.createURI("urn:p"),
            NodeFactory.createLiteralString("o"));

    @TempDir
    Path tmp;

    @Test
    void unset_keeps_tdb2s_defaults_and_a_number_sets_both_caches() {
        assertEquals(0, Settings.fromEnvironment(Map.of()).build().nodeCache());
        assertEquals(
                0,
                Settings.fromEnvironment(Map.of("MDKG_NODE_CACHE", " ")).build().nodeCache());
        assertNull(Tdb2Store.nodeCacheParams(0));
        int n = Settings.fromEnvironment(Map.of("MDKG_NODE_CACHE", "1234"))
                .build()
                .nodeCache();
        StoreParams p = Tdb2Store.nodeCacheParams(n);
        assertEquals(1234, p.getNodeId2NodeCacheSize());
        assertEquals(1234, p.getNode2NodeIdCacheSize());
        assertEquals(StoreParams.getDftStoreParams().getBlockSize(), p.getBlockSize());
    }

    @Test
    void anything_but_a_positive_whole_number_is_refused_naming_the_variable() {
        for (String bad : new String[] {"0", "-5", "lots", "1.5"}) {
            MdkgException e = assertThrows(
                    MdkgException.class,
                    () -> Settings.fromEnvironment(Map.of("MDKG_NODE_CACHE", bad))
                            .build(),
                    bad);
            assertTrue(e.getMessage().contains("MDKG_NODE_CACHE"), e.getMessage());
        }
    }

    @Test
    void the_sizes_hold_on_a_new_store_and_on_an_existing_one_and_are_not_written_into_it() throws IOException {
        Path db = tmp.resolve("db");
        try (Tdb2Store s = Tdb2Store.open(db, Tdb2Store.nodeCacheParams(321))) {
            assertEquals(321, cacheSize(s));
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(A));
        }
        assertFalse(hasOwnSettings(db), "the database keeps no settings of its own");
        try (Tdb2Store s = Tdb2Store.open(db, null)) {
            assertEquals(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize(), cacheSize(s));
        }
        try (Tdb2Store s = Tdb2Store.open(db, Tdb2Store.nodeCacheParams(4321))) {
            assertEquals(4321, cacheSize(s));
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().contains(A)));
        }
    }

    @Test
    void the_sizes_hold_after_an_online_compaction() {
        try (Tdb2Store s = Tdb2Store.open(tmp.resolve("db"), Tdb2Store.nodeCacheParams(555))) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().add(A));
            Compaction.compact(s);
            assertEquals(555, cacheSize(s));
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().contains(A)));
        }
    }

    private static int cacheSize(Tdb2Store s) {
        return TDBInternal.getDatasetGraphTDB(s.dataset()).getStoreParams().getNodeId2NodeCacheSize();
    }

    private static boolean hasOwnSettings(Path db) throws IOException {
        try (Stream<Path> files = Files.walk(db)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("tdb.cfg"));
        }
    }
}
