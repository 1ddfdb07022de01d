package org.mdkg.cli;

import java.nio.file.Path;
import org.mdkg.config.Settings;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by commands that open the store. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 directory (default: $MDKG_DB or ./run/db).")
    Path db;

    Settings settings() {
        Settings s = Settings.fromEnvironment(System.getenv());
        return db == null ? s : s.withDb(db);
    }
}
