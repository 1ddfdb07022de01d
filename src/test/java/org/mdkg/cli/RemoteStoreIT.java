package org.mdkg.cli;

import org.mdkg.store.FusekiProcess;
import org.mdkg.store.StoreProcess;

/** {@link RemoteStoreSuite} over a standalone Fuseki 6.2 (an in-memory dataset, {@code --timeout=10000}). */
class RemoteStoreIT extends RemoteStoreSuite {
    @Override
    StoreProcess startEngine() {
        return FusekiProcess.start();
    }
}
