package org.mdkg.data;

import java.nio.file.Path;
import java.util.List;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The bundled ontology and data loaded once per test JVM into a TDB2 store in a temporary directory. */
final class BundledData {
    private static Store store;

    private BundledData() {}

    static synchronized Store store() {
        if (store == null) {
            try {
                Path dir = java.nio.file.Files.createTempDirectory("mdkg-bundled");
                store = Store.open(dir.resolve("db"));
                new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                        .load(List.of(Path.of("ontology"), Path.of("data")), null, LoadListener.SILENT);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return store;
    }
}
