package org.mdkg.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.RemoteStore;
import org.mdkg.config.Settings;
import org.mdkg.store.SparqlStore;
import org.mdkg.store.Store;
import org.mdkg.store.StoreCheck;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by commands that open the store, and the one way they open it. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 directory (default: $MDKG_DB or ./run/db).")
    Path db;

    @Option(
            names = "--store",
            paramLabel = "SPEC",
            description = "A remote SPARQL 1.1 store instead of --db (every command but check and compact): "
                    + "sparql:QUERY_URL[,update=URL][,gsp=URL] "
                    + "(default: $MDKG_STORE); credentials from $MDKG_STORE_USER and $MDKG_STORE_PASSWORD.")
    String remote;

    /** Settings from the environment, with {@code --db} and {@code --store} applied. */
    Settings.Builder settings() {
        Settings.Builder s = Settings.fromEnvironment(System.getenv());
        if (remote != null) {
            s.store(RemoteStore.parse(remote, System.getenv()));
        }
        return db == null ? s : s.db(db);
    }

    /**
     * Opens the store in {@code dir} for serving, and checks it first ({@link StoreCheck}): a store that cannot be
     * opened (other than being locked by another process) or fails the check is a {@link ErrorKind#STORE_DAMAGED}
     * failure (exit code 4) that says what is wrong and what to do.
     */
    static Store openChecked(Path dir) {
        return openChecked(dir, 0);
    }

    /** As {@link #openChecked(Path)}, with TDB2's node caches of {@code nodeCache} entries each (0: TDB2's own). */
    static Store openChecked(Path dir, int nodeCache) {
        Store store;
        try {
            store = Store.open(dir, nodeCache);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("lock")) {
                throw e;
            }
            throw damaged(dir, "it cannot be opened: " + e.getMessage());
        }
        StoreCheck.Report report = StoreCheck.run(store);
        if (!report.ok()) {
            store.close();
            throw damaged(dir, String.join("; ", report.problems()));
        }
        return store;
    }

    private static MdkgException damaged(Path dir, String why) {
        return new MdkgException(
                ErrorKind.STORE_DAMAGED,
                "the store in " + dir + " failed its check, so it is not served: " + why
                        + ". Restore a backup (mdkg restore) or rebuild it (mdkg load); mdkg check --db " + dir
                        + " lists what is wrong.");
    }

    /**
     * As {@link #use}, but over the remote store when {@code --store} (or {@code MDKG_STORE}) names one: connected,
     * not loaded (an empty remote store stays empty).
     */
    <T> T useAny(Function<Store, T> work) {
        Settings settings = settings().build();
        if (settings.store() == null) {
            return use(work);
        }
        try (Store store = SparqlStore.connect(settings.store())) {
            return work.apply(store);
        }
    }

    /**
     * Opens the embedded store, hands it to {@code work}, and closes it again whatever happens: for the commands that
     * work on TDB2's own files (check, compact).
     */
    <T> T use(Function<Store, T> work) {
        Settings settings = settings().build();
        if (settings.store() != null) {
            throw MdkgException.badParameter(
                    "--store",
                    "this command works on the files of an embedded TDB2 store (give it --db DIR); a remote store's "
                            + "engine has its own tools to check and compact it");
        }
        try (Store store = Store.open(settings.db())) {
            return work.apply(store);
        }
    }
}
