package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/** The embedded store: a TDB2 dataset on disk (or in memory), with the union of named graphs as its default graph. */
final class Tdb2Store implements Store {
    private final String location;
    private final DatasetGraph dataset;
    private final DatasetVersion version;
    private final StoreGate gate = new StoreGate();

    Tdb2Store(String location, DatasetGraph dataset) {
        this.location = location;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.version = new DatasetVersion(dataset, writeCounter(dataset));
    }

    /** Opens (creating if needed) the TDB2 database in {@code directory}, with TDB2's own settings. */
    static Tdb2Store open(Path directory) {
        return open(directory, null);
    }

    /** Opens (creating if needed) the TDB2 database in {@code directory} with {@code params} (null: TDB2's own). */
    static Tdb2Store open(Path directory, StoreParams params) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database directory " + directory, e);
        }
        if (params == null) {
            return new Tdb2Store(directory.toString(), DatabaseMgr.connectDatasetGraph(directory.toString()));
        }
        if (isEmpty(directory)) {
            // TDB2 would write the sizes into a new database's own settings, where they would outlive the variable
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(directory.toString()));
        }
        return new Tdb2Store(directory.toString(), DatabaseMgr.connectDatasetGraph(directory.toString(), params));
    }

    private static boolean isEmpty(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read database directory " + directory, e);
        }
    }

    /**
     * TDB2 keeps the nodes it has read or written in two caches bounded by a count of entries (NodeId to node,
     * 1,000,000 by default, and node to NodeId, 200,000), not by bytes; so the heap they take grows with the store up
     * to those counts, and a cached literal weighs what it is long. {@code MDKG_NODE_CACHE} ({@code entries}, both
     * caches; {@link org.mdkg.config.Settings#nodeCache}) lowers them for a small heap; 0 (null) keeps TDB2's own.
     */
    static StoreParams nodeCacheParams(int entries) {
        if (entries == 0) {
            return null;
        }
        return StoreParams.builder("MDKG_NODE_CACHE", StoreParams.getDftStoreParams())
                .nodeId2NodeCacheSize(entries)
                .node2NodeIdCacheSize(entries)
                .build();
    }

    /** A TDB2 dataset in memory, gone when closed. */
    static Tdb2Store inMemory() {
        return new Tdb2Store("memory", DatabaseMgr.createDatasetGraph());
    }

    /**
     * Write transactions begun and active, so the version is recomputed only after a write. The coordinator is
     * looked up each time: a compaction replaces it with the new generation's (whose counts start again, so the
     * generation's location is part of the key).
     */
    private static java.util.function.Supplier<String> writeCounter(DatasetGraph dataset) {
        return () -> {
            TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
            return System.identityHashCode(coordinator) + ":" + coordinator.countBeginWrite() + ":"
                    + coordinator.countActiveWriter();
        };
    }

    @Override
    public String kind() {
        return "TDB2";
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public String version() {
        return version.current();
    }

    @Override
    public void renewVersion() {
        DatasetVersion.renew(dataset);
    }

    @Override
    public long tripleCount() {
        // the records of one index of each table, without reading a node back (a scan of find() decoded every term)
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            return tdb.getTripleTable()
                            .getNodeTupleTable()
                            .getTupleTable()
                            .getIndex(0)
                            .size()
                    + tdb.getQuadTable()
                            .getNodeTupleTable()
                            .getTupleTable()
                            .getIndex(0)
                            .size();
        });
    }

    @Override
    public List<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    @Override
    public List<GraphInfo> describeGraphs() {
        String q = """
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?g (SAMPLE(?src) AS ?source) (SAMPLE(?id) AS ?sha) (SAMPLE(?mod) AS ?loaded) {
                  { SELECT DISTINCT ?g { GRAPH ?g { } } }
                  OPTIONAL { GRAPH <urn:mdkg:graph:meta> { ?g dct:source ?src ; dct:identifier ?id ; dct:modified ?mod } }
                } GROUP BY ?g ORDER BY ?g
                """;
        return Txn.calculateRead(dataset, () -> {
            List<GraphInfo> graphs = new ArrayList<>();
            QueryExec.dataset(dataset).query(q).select().forEachRemaining(b -> {
                Node g = b.get("g");
                graphs.add(new GraphInfo(
                        g.getURI(),
                        dataset.getGraph(g).size(),
                        text(b.get("source")),
                        text(b.get("sha")).replace("sha256:", ""),
                        text(b.get("loaded"))));
            });
            return graphs;
        });
    }

    private static String text(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    @Override
    public StoreGate gate() {
        return gate;
    }

    @Override
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(dataset);
    }
}
