package org.mdkg.cli;

import org.mdkg.store.StoreProcess;
import org.mdkg.store.VirtuosoProcess;

/** {@link TwoFrontEndsSuite} over OpenLink Virtuoso 7 from Debian: writes, loads and backups through two front-ends. */
class VirtuosoTwoFrontEndsIT extends TwoFrontEndsSuite {
    @Override
    StoreProcess startEngine() {
        return VirtuosoProcess.start();
    }
}
