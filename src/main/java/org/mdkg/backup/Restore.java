package org.mdkg.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.ParseProblem;
import org.mdkg.store.Store;

/**
 * Restores a backup into a store, all or nothing: the file is parsed completely into memory first (a broken
 * backup changes nothing), then the store replaces its whole content with it in one write ({@link Store#restore}).
 */
public final class Restore {
    private Restore() {}

    /** Replaces everything in {@code store} with the quads of {@code backup} ({@code .nq.gz} or {@code .nq}). */
    public static long replaceAll(Store store, Path backup) {
        DatasetGraph content = parse(backup);
        long quads = Txn.calculateRead(content, () -> Iter.count(content.find()));
        store.restore(content);
        return quads;
    }

    static DatasetGraph parse(Path backup) {
        DatasetGraph content = DatasetGraphFactory.createGeneral();
        String name = backup.toString();
        try (InputStream raw = Files.newInputStream(backup);
                InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).checking(true).parse(content);
        } catch (RiotException e) {
            throw new InvalidInputException(java.util.List.of(new ParseProblem(name, -1, -1, e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read backup " + backup, e);
        }
        return content;
    }
}
