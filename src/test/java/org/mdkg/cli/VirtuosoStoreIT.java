package org.mdkg.cli;

import org.mdkg.store.StoreProcess;
import org.mdkg.store.VirtuosoProcess;

/** {@link RemoteStoreSuite} over OpenLink Virtuoso 7 from Debian (a throw-away database, 10 s per query). */
class VirtuosoStoreIT extends RemoteStoreSuite {
    @Override
    StoreProcess startEngine() {
        return VirtuosoProcess.start();
    }
}
