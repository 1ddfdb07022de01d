package org.mdkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.load.DerivationStamp;
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
 * that holds data is served as it is; if its derivations are stale, that is said, since they cannot be recomputed
 * through a remote store yet.
 */
final class RemoteStores {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStores.class);

    private RemoteStores() {}

    static Store open(Settings settings) {
        SparqlStore remote = SparqlStore.connect(settings.store());
        if (remote.isEmpty()) {
            List<Path> bundled = ServeCommand.bundledFiles();
            if (bundled.isEmpty()) {
                System.out.println("The remote store is empty and no ./ontology or ./data directory was found; "
                        + "serving an empty graph.");
            } else {
                loadInto(remote, settings, bundled);
            }
        } else if (!Txn.calculateRead(
                remote.dataset(), () -> DerivationStamp.isCurrent(remote.dataset(), Derivations.standard()))) {
            LOG.warn("The remote store's derived graph is not current for its data and this mdkg's steps; it is "
                    + "served as it is (derive again through an embedded store and send it, or empty the store)");
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
