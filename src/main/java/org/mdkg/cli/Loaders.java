package org.mdkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;
import org.mdkg.write.GateShapes;
import org.mdkg.write.SystemGraphGuard;
import org.mdkg.write.WriteService;

/** The loader and write service every command uses: paths relative to the working directory, the standard derivations. */
final class Loaders {
    private Loaders() {}

    static Loader forStore(Store store) {
        return new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard());
    }

    /** A loader that builds new stores ({@link Loader#loadIntoNewStore}) and plans loads. */
    static Loader forNewStore() {
        return forStore(null);
    }

    /** Whether {@code db} holds no data yet (absent, or a store without quads): a load there builds a new store. */
    static boolean holdsNoData(Path db) {
        if (!Files.isDirectory(db)) {
            return true;
        }
        try (Store store = Store.open(db)) {
            return store.isEmpty();
        }
    }

    /** Writes checked against the shapes {@code settings} name (the jar's by default), guarded by {@code guard}. */
    static WriteService writes(Store store, Settings settings, SystemGraphGuard guard) {
        return new WriteService(store, Derivations.standard(), GateShapes.of(settings.shapes()), guard);
    }
}
