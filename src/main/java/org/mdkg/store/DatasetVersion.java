package org.mdkg.store;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.mdkg.base.Sha256;
import org.mdkg.vocab.CHANGE;
import org.mdkg.vocab.GraphNames;

/**
 * A short text that changes whenever the data changes, for ETags, caches and the VoID description. Every write
 * through mdkg (load, write, restore) renews it inside its own transaction ({@link #renew}): a fresh random token
 * kept in the store, in {@code urn:mdkg:graph:meta}, so that it lives with the data, costs one look-up to read, and
 * is read again only after a write transaction has begun or ended. A store that holds no token (written by other
 * tools) gets a hash of its load records and triple count instead (the shared queries' graph not counted).
 */
final class DatasetVersion {
    /** The subject of the version statement: the store itself. */
    static final Node STORE = NodeFactory.createURI("urn:mdkg:store");

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** Gives the store a new version; call inside the write transaction that changes the data. */
    static void renew(DatasetGraph dataset) {
        dataset.deleteAny(GraphNames.META, STORE, CHANGE.dataVersion, Node.ANY);
        byte[] token = new byte[8];
        RANDOM.nextBytes(token);
        dataset.add(
                GraphNames.META,
                STORE,
                CHANGE.dataVersion,
                NodeFactory.createLiteralString(HexFormat.of().formatHex(token)));
    }

    /** The token {@code dataset} keeps (null if none), read in the caller's transaction. */
    static String token(DatasetGraph dataset) {
        var kept = dataset.find(GraphNames.META, STORE, CHANGE.dataVersion, Node.ANY);
        return kept.hasNext() ? kept.next().getObject().getLiteralLexicalForm() : null;
    }

    private String compute() {
        return Txn.calculateRead(dataset, () -> {
            var kept = dataset.find(GraphNames.META, STORE, CHANGE.dataVersion, Node.ANY);
            return kept.hasNext() ? kept.next().getObject().getLiteralLexicalForm() : hashOfContent();
        });
    }

    private String hashOfContent() {
        return Txn.calculateRead(dataset, () -> {
            List<String> lines = new ArrayList<>();
            dataset.getGraph(GraphNames.META).find().forEachRemaining((Triple t) -> lines.add(NodeFmtLib.str(t)));
            lines.sort(null);
            long triples = 0;
            var quads = dataset.find();
            while (quads.hasNext()) {
                if (!GraphNames.SHARED_QUERIES.equals(quads.next().getGraph())) {
                    triples++; // shared query texts are not data: keeping one changes no version
                }
            }
            lines.add("triples " + triples);
            return Sha256.hex(String.join("\n", lines)).substring(0, 16);
        });
    }
}
