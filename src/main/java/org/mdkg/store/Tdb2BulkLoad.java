package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new TDB2 store with TDB2's phased bulk loader (the default of Jena's {@code tdb2.tdbloader}). The phased
 * loader is not transactional, so the store is built in a fresh directory beside the target: the quads are
 * bulk-loaded, the caller's finishing work (derivations, records) runs on the loaded store in ordinary transactions,
 * and only then is the new directory moved into place. Anything failing on the way deletes the new directory and
 * leaves the target as it was. The new store is not compacted: on 10^5 synthetic triples compaction took 16 s and
 * saved 1.6 % of the store (docs/benchmarks.md).
 */
final class Tdb2BulkLoad {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2BulkLoad.class);

    private Tdb2BulkLoad() {}

    static void create(Path directory, Consumer<StreamRDF> quads, Consumer<Store> finish) {
        requireNoData(directory);
        Path fresh = sibling(directory, "loading");
        try {
            build(fresh, quads, finish);
            swap(fresh, directory);
        } catch (RuntimeException | Error e) {
            deleteQuietly(fresh);
            throw e;
        }
    }

    private static void build(Path fresh, Consumer<StreamRDF> quads, Consumer<Store> finish) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {
                if (LOG.isDebugEnabled()) {
                    LOG.debug(String.format(fmt, args));
                }
            });
            loader.startBulk();
            try {
                quads.accept(loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                stop(loader, e);
                throw e;
            }
            long t1 = System.nanoTime();
            LOG.info(
                    "Bulk-loaded {} quads in {} ms",
                    loader.countQuads() + loader.countTriples(),
                    (t1 - t0) / 1_000_000);
            finish.accept(new Tdb2Store(fresh.toString(), dsg));
            LOG.info("Finished the new store in {} ms", (System.nanoTime() - t1) / 1_000_000);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Lets the loader's threads finish what they were sent before the half-built directory is deleted (its
     * {@code finishException} does not wait for them).
     */
    private static void stop(DataLoader loader, RuntimeException cause) {
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** The target holds no quads, or does not exist: nothing a swap could lose. */
    private static void requireNoData(Path directory) {
        if (!Files.isDirectory(directory) || isEmptyDirectory(directory)) {
            return;
        }
        try (Tdb2Store existing = Tdb2Store.open(directory)) {
            if (!existing.isEmpty()) {
                throw new MdkgException(
                        ErrorKind.FAILURE, "a bulk load builds a new store, and " + directory + " holds data");
            }
        }
    }

    /** Moves the built store into place: the target's old (empty) store aside, the new one in, the old one away. */
    private static void swap(Path fresh, Path directory) {
        try {
            Path old = null;
            if (Files.exists(directory)) {
                old = sibling(directory, "replaced");
                Files.move(directory, old, StandardCopyOption.ATOMIC_MOVE);
            } else if (directory.toAbsolutePath().getParent() != null) {
                Files.createDirectories(directory.toAbsolutePath().getParent());
            }
            try {
                Files.move(fresh, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, directory, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            if (old != null) {
                deleteQuietly(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the loaded store into " + directory, e);
        }
    }

    private static Path sibling(Path directory, String purpose) {
        Path abs = directory.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + "." + purpose + "-" + UUID.randomUUID());
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", directory, e.getMessage());
        }
    }
}
