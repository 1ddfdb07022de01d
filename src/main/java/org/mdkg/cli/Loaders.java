package org.mdkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.mdkg.analysis.CurrentStatusDerivation;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The loader every command uses: paths relative to the working directory, derivations re-run on each load. */
final class Loaders {
    private Loaders() {
    }

    static Loader forStore(Store store) {
        return new Loader(store, Path.of("").toAbsolutePath(), List.of(new CurrentStatusDerivation()));
    }
}
