package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The version behind ETags follows the data, over a real TDB2 directory; CORS follows its setting. */
class EtagVersionTest {
    @TempDir
    Path tmp;

    @Test
    void the_dataset_version_is_stable_between_writes_and_changes_when_a_load_changes_the_data() {
        try (Store store = Store.open(tmp.resolve("db"))) {
            Loader loader = new Loader(store, Path.of(""), Derivations.none());
            loader.load(List.of(Fixtures.path("api", "small.ttl")), null, LoadListener.SILENT);
            String first = store.version();
            assertEquals(16, first.length());
            assertEquals(first, store.version());
            loader.load(List.of(Fixtures.path("load", "good-processes.ttl")), null, LoadListener.SILENT);
            assertNotEquals(first, store.version());
        }
    }

    @Test
    void cors_allows_any_origin_by_default_and_only_the_listed_ones_when_set() {
        assertTrue(Settings.fromEnvironment(Map.of()).build().corsOrigins().isEmpty());
        assertTrue(Settings.fromEnvironment(Map.of("MDKG_CORS_ORIGINS", "*"))
                .build()
                .corsOrigins()
                .isEmpty());
        assertEquals(
                List.of("https://a.example", "https://b.example"),
                Settings.fromEnvironment(Map.of("MDKG_CORS_ORIGINS", "https://a.example, https://b.example"))
                        .build()
                        .corsOrigins());
    }
}
