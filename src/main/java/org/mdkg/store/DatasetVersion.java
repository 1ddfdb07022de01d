package org.mdkg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.mdkg.vocab.GraphNames;

/**
 * A short text that changes whenever the data changes, for ETags and the VoID description: a hash of the
 * metadata graph's load records (each load writes its file's SHA-256 and time there) and of the triple count.
 * It is recomputed only after a write transaction has begun or finished since the last computation, so
 * reading it costs nothing between writes.
 */
public final class DatasetVersion {
    private final DatasetGraph dataset;
    private final Object lock = new Object();
    private String cachedFor;
    private String cached;

    public DatasetVersion(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The current version, 16 hex digits. */
    public String current() {
        String key = writeCounter();
        synchronized (lock) {
            if (key != null && key.equals(cachedFor)) {
                return cached;
            }
            String computed = compute();
            if (key != null && !key.endsWith(":1")) {
                cachedFor = key;
                cached = computed;
            }
            return computed;
        }
    }

    /** Write transactions begun and active; null when the dataset does not say (then nothing is cached). */
    private String writeCounter() {
        if (!TDBInternal.isTDB2(dataset)) {
            return null;
        }
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
        return coordinator.countBeginWrite() + ":" + coordinator.countActiveWriter();
    }

    private String compute() {
        return Txn.calculateRead(dataset, () -> {
            List<String> lines = new ArrayList<>();
            dataset.getGraph(GraphNames.META).find().forEachRemaining((Triple t) -> lines.add(NodeFmtLib.str(t)));
            lines.sort(null);
            long triples = 0;
            var quads = dataset.find();
            while (quads.hasNext()) {
                quads.next();
                triples++;
            }
            lines.add("triples " + triples);
            return hash(String.join("\n", lines));
        });
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
