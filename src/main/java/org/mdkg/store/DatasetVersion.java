package org.mdkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.mdkg.base.Sha256;
import org.mdkg.vocab.GraphNames;

/**
 * A short text that changes whenever the data changes, for ETags and the VoID description: a hash of the
 * metadata graph's load records (each load writes its file's SHA-256 and time there) and of the triple count.
 * It is recomputed only after a write transaction has begun or finished since the last computation, so
 * reading it costs nothing between writes.
 */
final class DatasetVersion {
    private final DatasetGraph dataset;
    private final Supplier<String> writeCounter;
    private final Object lock = new Object();
    private String cachedFor;
    private String cached;

    /** @param writeCounter changes whenever a write transaction begins or ends; ends with ":1" while one is active */
    DatasetVersion(DatasetGraph dataset, Supplier<String> writeCounter) {
        this.dataset = dataset;
        this.writeCounter = writeCounter;
    }

    /** The current version, 16 hex digits. */
    String current() {
        String key = writeCounter.get();
        synchronized (lock) {
            if (key.equals(cachedFor)) {
                return cached;
            }
            String computed = compute();
            if (!key.endsWith(":1")) {
                cachedFor = key;
                cached = computed;
            }
            return computed;
        }
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
            return Sha256.hex(String.join("\n", lines)).substring(0, 16);
        });
    }
}
