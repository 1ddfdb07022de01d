package org.mdkg.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.mdkg.store.Store;

/**
 * Writes a consistent snapshot of a dataset as gzipped N-Quads. Everything is read in one read transaction,
 * so commits that happen while it runs are not in it, and readers and writers carry on meanwhile.
 */
public final class Backup {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Backup() {}

    /** A file name such as {@code mdkg-2026-11-25T120000Z.nq.gz}. */
    public static String defaultFileName() {
        return "mdkg-" + STAMP.format(Instant.now()) + ".nq.gz";
    }

    /** Streams the snapshot, gzipped, to {@code out}; returns the number of quads written. */
    public static long write(DatasetGraph dsg, OutputStream out) {
        return Txn.calculateRead(dsg, () -> write(sink -> dsg.find().forEachRemaining(sink), out));
    }

    /**
     * Streams {@code store}'s snapshot ({@link Store#snapshot}: one read transaction on the embedded store, a Graph
     * Store protocol {@code GET} of each graph on a remote one), gzipped, to {@code out}; the same format either way.
     */
    public static long write(Store store, OutputStream out) {
        return write(store::snapshot, out);
    }

    private static long write(Consumer<Consumer<Quad>> quads, OutputStream out) {
        try {
            GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024);
            StreamRDF stream = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            long[] n = {0};
            stream.start();
            quads.accept(q -> {
                stream.quad(q);
                n[0]++;
            });
            stream.finish();
            gz.finish();
            gz.flush();
            return n[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup", e);
        }
    }

    /** Writes the snapshot to {@code file} via a temporary file, so a failed backup never leaves half a file. */
    public static long writeTo(DatasetGraph dsg, Path file) {
        return writeTo(out -> write(dsg, out), file);
    }

    /** {@link #write(Store, OutputStream)} to {@code file} via a temporary file. */
    public static long writeTo(Store store, Path file) {
        return writeTo(out -> write(store, out), file);
    }

    private static long writeTo(ToLongFunction<OutputStream> write, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".backup-", ".tmp");
            long n;
            try (OutputStream os = Files.newOutputStream(tmp)) {
                n = write.applyAsLong(os);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup to " + file, e);
        }
    }
}
