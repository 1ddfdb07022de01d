package org.mdkg.cli;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.mdkg.store.StoreProcess;
import org.mdkg.store.VirtuosoProcess;

/** {@link TwoFrontEndsSuite} over OpenLink Virtuoso 7 from Debian: writes and backups through two front-ends. */
class VirtuosoTwoFrontEndsIT extends TwoFrontEndsSuite {
    @Override
    StoreProcess startEngine() {
        return VirtuosoProcess.start();
    }

    /** Not passing on Virtuoso 7.2.5: its SPARQL compiler refuses the load's one large update (docs/scale-out.md). */
    @Override
    @Test
    @Disabled("Virtuoso 7.2.5 refuses the load's one update: \"The length of generated SQL text has exceeded 10000 "
            + "lines of code\" (docs/scale-out.md, Not done yet)")
    void a_load_through_the_remote_store_is_seen_by_the_front_ends_and_a_bad_file_changes_nothing() {}
}
