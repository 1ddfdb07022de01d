package org.mdkg.cli;

import org.mdkg.store.StoreProcess;
import org.mdkg.store.VirtuosoProcess;

/**
 * {@link RemoteStoreSuite} over OpenLink Virtuoso 7 from Debian (a throw-away database, 20 s per query). Every
 * named query answers as over the embedded store: the queries are written in the forms Virtuoso 7.2.5 answers
 * rightly (docs/scale-out.md).
 */
class VirtuosoStoreIT extends RemoteStoreSuite {
    @Override
    StoreProcess startEngine() {
        return VirtuosoProcess.start();
    }
}
