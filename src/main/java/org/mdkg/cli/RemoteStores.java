package org.mdkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.mdkg.config.Settings;
import org.mdkg.load.LoadListener;
import org.mdkg.load.LoadPlan;
import org.mdkg.store.SparqlStore;
import org.mdkg.store.Store;
import org.mdkg.write.Author;
import org.mdkg.write.SystemGraphGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code mdkg serve} opens a remote store ({@code --store sparql:…}). An empty store gets the bundled files:
 * they are parsed, described, derived, checked against the SHACL gate and recorded in an embedded store in memory
 * (the same write service as {@code mdkg load}), and every graph of it is then sent to the remote store. A store
 * that holds data is served as it is, its derivations computed again first when they are stale (data or steps
 * changed): on the write's copy of the store, sent as one conditional update. Either way, what staged writes that
 * never finished left in the store is dropped first.
 */
final class RemoteStores {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStores.class);

    private RemoteStores() {}

    static Store open(Settings settings) {
        SparqlStore remote = SparqlStore.connect(settings.store());
        remote.dropAbandonedStaging();
        if (remote.isEmpty()) {
            List<Path> bundled = ServeCommand.bundledFiles();
            if (bundled.isEmpty()) {
                System.out.println("The remote store is empty and no ./ontology or ./data directory was found; "
                        + "serving an empty graph.");
            } else {
                loadInto(remote, settings, bundled);
            }
        } else {
            // derived again on the write's copy and sent in one conditional update, as the embedded store derives
            Loaders.forStore(remote).deriveIfStale();
        }
        return remote;
    }

    private static void loadInto(SparqlStore remote, Settings settings, List<Path> bundled) {
        try (Store memory = Store.inMemory()) {
            LoadPlan plan = Loaders.forStore(memory).plan(bundled, null, LoadListener.SILENT);
            Loaders.writes(memory, settings, SystemGraphGuard.allowingOntologyLoads())
                    .commitLoad(Author.ofCommandLine(), plan);
            Loaders.forStore(memory).stampDerivations();
            remote.replaceAll(memory.dataset());
            LOG.info(
                    "Loaded {} triples from {} files into {}",
                    plan.triples(),
                    plan.files().size(),
                    remote.location());
        }
    }
}
