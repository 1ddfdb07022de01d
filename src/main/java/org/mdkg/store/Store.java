package org.mdkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Where the graph lives, and the one place that knows its engine. The default is the embedded TDB2 store
 * ({@link #open}); everything above this package sees a transactional {@link DatasetGraph} whose default graph is
 * the union of the named graphs, and the few facts about the store that the service reports.
 */
public interface Store extends AutoCloseable {
    /** Opens (creating if needed) the embedded TDB2 store in {@code directory}. */
    static Store open(Path directory) {
        return Tdb2Store.open(directory);
    }

    /** As {@link #open(Path)}, with TDB2's node caches of {@code nodeCache} entries each (0: TDB2's own sizes). */
    static Store open(Path directory, int nodeCache) {
        return Tdb2Store.open(directory, Tdb2Store.nodeCacheParams(nodeCache));
    }

    /**
     * Builds the store in {@code directory} (absent, or a store without data) with TDB2's bulk loader: {@code quads}
     * sends the data to the loader's stream, then {@code finish} runs on the loaded store (ordinary transactions:
     * derivations, records). All or nothing: the store is built in a fresh directory beside {@code directory} and
     * moved into place only when both succeeded; on any failure {@code directory} is left as it was.
     * Nothing may have {@code directory} open meanwhile; open it afterwards with {@link #open}.
     */
    static void createByBulkLoad(Path directory, Consumer<StreamRDF> quads, Consumer<Store> finish) {
        Tdb2BulkLoad.create(directory, quads, finish);
    }

    /** An embedded TDB2 store in memory, for tests and scratch work; gone when closed. */
    static Store inMemory() {
        return Tdb2Store.inMemory();
    }

    /**
     * The version token {@code dataset} holds in its metadata graph (null if none), read through {@code find}; inside
     * a write transaction, the version that write sees (and, after {@link #renewVersion}, the one it will leave).
     */
    static String versionToken(DatasetGraph dataset) {
        return DatasetVersion.token(dataset);
    }

    /** The engine, as {@code /api/health} names it ("TDB2"). */
    String kind();

    /** Where it is: a directory, "memory", or an endpoint. */
    String location();

    /** The data: transactional, union default graph, with the service's query context (time limit, no SERVICE). */
    DatasetGraph dataset();

    /** A short text that changes whenever the data changes (for ETags, caches and the VoID description). */
    String version();

    /** Gives the data a new version; call inside the write transaction that changes it. */
    void renewVersion();

    /** Triples in all named graphs together. */
    long tripleCount();

    /** The named graphs present, in the store's order. */
    List<Node> graphNames();

    /** Every named graph with its current size and, where the metadata graph knows it, its source file. */
    List<GraphInfo> describeGraphs();

    boolean isEmpty();

    /**
     * Sends every quad of the named graphs to {@code sink} as one consistent snapshot: on the embedded store, read in
     * one read transaction; a remote store reads each graph with the Graph Store protocol (see {@link SparqlStore}).
     */
    default void snapshot(Consumer<Quad> sink) {
        DatasetGraph dsg = dataset();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(sink));
    }

    /**
     * Replaces everything in the store with {@code content} (a parsed backup), all or nothing: on the embedded store
     * in one write transaction; a remote store stages the graphs and swaps them in with one conditional update (see
     * {@link SparqlStore#restore}). The version {@code content} holds comes with it.
     */
    default void restore(DatasetGraph content) {
        DatasetGraph dsg = dataset();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(dsg::add);
        });
    }

    /** The gate every request and background task holds while it uses the store (see {@link StoreGate}). */
    StoreGate gate();

    @Override
    void close();
}
