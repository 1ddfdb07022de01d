package org.mdkg.cli;

import org.mdkg.store.FusekiProcess;
import org.mdkg.store.StoreProcess;

/** {@link TwoFrontEndsSuite} over a standalone Fuseki 6.2. */
class TwoFrontEndsIT extends TwoFrontEndsSuite {
    @Override
    StoreProcess startEngine() {
        return FusekiProcess.start();
    }
}
