package org.mdkg.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * The door every use of a served store goes through, so that an online compaction can find it with no transaction
 * open. TDB2's compaction switches the store to its new generation and then waits until every transaction begun on
 * the old one has ended; a read that began before the switch ends on the new generation instead (the switchable
 * dataset passes {@code end()} to whichever generation is current), so under steady reads the old generation never
 * drains and the compaction waits for ever (Jena issue 3488). Requests and background work hold the gate
 * shared for as long as they use the store; a compaction holds it alone, after the work in flight has finished.
 * The lock is fair: once a compaction waits, new work queues behind it, so a busy server pauses for the drain and
 * the copy instead of starving the compaction.
 */
public final class StoreGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Enters shared (nested entries are fine); pair with {@link #leave()}. */
    public void enter() {
        lock.readLock().lock();
    }

    public void leave() {
        lock.readLock().unlock();
    }

    /** Runs {@code work} holding the gate shared. */
    public <T> T shared(Supplier<T> work) {
        enter();
        try {
            return work.get();
        } finally {
            leave();
        }
    }

    /**
     * Runs {@code work} alone: waits up to {@code drain} for the work in flight to end, holding new work back
     * meanwhile, and refuses (a retryable overload) if it has not ended by then. Not callable while holding the gate
     * shared.
     */
    <T> T exclusive(Duration drain, Supplier<T> work) {
        if (lock.getReadHoldCount() > 0) {
            throw new IllegalStateException("the store gate is held shared by this thread");
        }
        boolean alone;
        try {
            alone = lock.writeLock().tryLock(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            alone = false;
        }
        if (!alone) {
            throw new MdkgException(
                    ErrorKind.OVERLOADED,
                    "requests in flight did not finish within " + drain.toSeconds() + " s; retry the compaction");
        }
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
