package org.mdkg.bench;

import org.mdkg.config.RemoteStore;
import org.mdkg.store.FusekiProcess;
import org.mdkg.store.StoreProcess;
import org.mdkg.store.VirtuosoProcess;

/**
 * A remote store for {@code docs/bench/scale-out.sh}, not a test: starts a standalone Fuseki ({@code fuseki}; the
 * jar named by {@code -Dmdkg.fuseki.jar}) or a throw-away Virtuoso ({@code virtuoso}) through the tests' own
 * {@link StoreProcess}, prints the store as {@code mdkg serve --store} takes it on one line, and runs until stopped
 * (a SIGTERM stops the engine and deletes its files).
 */
public final class StoreServer {
    private StoreServer() {}

    public static void main(String[] args) throws InterruptedException {
        StoreProcess engine = switch (args[0]) {
            case "fuseki" -> FusekiProcess.start();
            case "virtuoso" -> VirtuosoProcess.start();
            default -> throw new IllegalArgumentException("fuseki or virtuoso, not " + args[0]);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        System.out.println(spec(engine.store()));
        Thread.currentThread().join();
    }

    /** {@code sparql:QUERY_URL,update=URL,gsp=URL}. */
    static String spec(RemoteStore s) {
        return RemoteStore.SCHEME + s.queryUrl() + ",update=" + s.updateUrl() + ",gsp=" + s.gspUrl();
    }
}
