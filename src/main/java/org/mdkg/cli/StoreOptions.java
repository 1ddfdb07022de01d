package org.mdkg.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.mdkg.config.Settings;
import org.mdkg.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by commands that open the store, and the one way they open it. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 directory (default: $MDKG_DB or ./run/db).")
    Path db;

    /** Settings from the environment, with {@code --db} applied. */
    Settings.Builder settings() {
        Settings.Builder s = Settings.fromEnvironment(System.getenv());
        return db == null ? s : s.db(db);
    }

    /** Opens the store, hands it to {@code work}, and closes it again whatever happens. */
    <T> T use(Function<Store, T> work) {
        try (Store store = Store.open(settings().build().db())) {
            return work.apply(store);
        }
    }
}
