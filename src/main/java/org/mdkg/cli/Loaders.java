package org.mdkg.cli;

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

    /** Writes checked against the shapes {@code settings} name (the jar's by default), guarded by {@code guard}. */
    static WriteService writes(Store store, Settings settings, SystemGraphGuard guard) {
        return new WriteService(store, Derivations.standard(), GateShapes.of(settings.shapes()), guard);
    }
}
