package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * Compaction of a TDB2 store ({@code mdkg compact}): TDB2 never reuses the space of deleted or replaced data, so a
 * store grows with every write transaction; compaction copies the live data into a new generation
 * ({@code Data-000N+1}), switches to it and deletes the old one. Jena does this with the store open — readers carry
 * on, writers wait — and marks the new generation incomplete until it is whole, so a kill during compaction leaves
 * the old generation in use.
 */
public final class Compaction {
    /** Bytes on disk before and after. */
    public record Report(long bytesBefore, long bytesAfter, long millis) {}

    /** One compaction at a time: a second one asked for while one runs is refused rather than queued. */
    private static final ReentrantLock RUNNING = new ReentrantLock();

    /** How long a compaction waits for the requests in flight to end before it gives up (a retryable 503). */
    static final Duration DRAIN = Duration.ofSeconds(15);

    private Compaction() {}

    /** Compacts {@code store} in place (it stays open and usable); the old generation is deleted. */
    public static Report compact(Store store) {
        if (!TDBInternal.isTDB2(store.dataset()) || "memory".equals(store.location())) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "only a TDB2 store on disk can be compacted");
        }
        if (!RUNNING.tryLock()) {
            throw new MdkgException(ErrorKind.OVERLOADED, "a compaction is already running; retry when it has ended");
        }
        try {
            Path dir = Path.of(store.location());
            long before = bytes(dir);
            long t0 = System.nanoTime();
            store.gate().exclusive(DRAIN, () -> {
                long open =
                        TDBInternal.getTransactionCoordinator(store.dataset()).countActive();
                if (open > 0) {
                    // a transaction nobody ended: Jena would wait for it for ever
                    throw new MdkgException(
                            ErrorKind.OVERLOADED,
                            open + " transaction(s) still open on the store; compaction not started, retry later");
                }
                StoreParams params =
                        TDBInternal.getDatasetGraphTDB(store.dataset()).getStoreParams();
                DatabaseMgr.compact(store.dataset(), true);
                keepNodeCaches(store.dataset(), params);
                return null;
            });
            return new Report(before, bytes(dir), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            RUNNING.unlock();
        }
    }

    /**
     * TDB2 opens the new generation with its default settings, so node caches sized by {@code MDKG_NODE_CACHE}
     * ({@link Tdb2Store#nodeCacheParams}) would be lost at the first compaction: reopen it with the old sizes. Runs
     * in the compaction's exclusive section, when no transaction is open.
     */
    private static void keepNodeCaches(DatasetGraph dataset, StoreParams before) {
        DatasetGraphTDB now = TDBInternal.getDatasetGraphTDB(dataset);
        StoreParams after = now.getStoreParams();
        if (after.getNodeId2NodeCacheSize() == before.getNodeId2NodeCacheSize()
                && after.getNode2NodeIdCacheSize() == before.getNode2NodeIdCacheSize()) {
            return;
        }
        Location location = now.getLocation();
        StoreConnection.release(location);
        DatasetGraphTDB reopened =
                StoreConnection.connectCreate(location, before, null).getDatasetGraphTDB();
        ((DatasetGraphSwitchable) dataset).set(reopened);
    }

    private static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
