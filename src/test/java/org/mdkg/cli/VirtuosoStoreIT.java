package org.mdkg.cli;

import org.junit.jupiter.api.Tag;
import org.mdkg.store.StoreProcess;
import org.mdkg.store.VirtuosoProcess;

/**
 * {@link RemoteStoreSuite} over OpenLink Virtuoso 7 from Debian (a throw-away database, 10 s per query). Tagged
 * {@code virtuoso}, which the default build leaves out: it does not pass yet (some named queries run for minutes on
 * Virtuoso 7.2.5, one is refused; docs/scale-out.md). Run it with
 * {@code mvn verify -Dit.test=VirtuosoStoreIT -Dmdkg.it.excludedGroups= -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("virtuoso")
class VirtuosoStoreIT extends RemoteStoreSuite {
    @Override
    StoreProcess startEngine() {
        return VirtuosoProcess.start();
    }
}
