package org.mdkg.cli;

import java.nio.file.Path;
import org.mdkg.derive.Derivations;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The loader every command uses: paths relative to the working directory, the standard derivations. */
final class Loaders {
    private Loaders() {}

    static Loader forStore(Store store) {
        return new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard());
    }
}
