package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A TDB2 dataset on disk, with the union of named graphs as its default graph. */
public final class Store implements AutoCloseable {
    public static final String KIND = "TDB2";

    private final Path directory;
    private final DatasetGraph dataset;

    private Store(Path directory, DatasetGraph dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 database in {@code directory}. */
    public static Store open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database directory " + directory, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(directory, dsg);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public Path directory() {
        return directory;
    }

    /** Triples in all named graphs together. */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<?> it = dataset.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** The named graphs present, in the store's order. */
    public List<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /** Every named graph with its current size and, where the metadata graph knows it, its source file. */
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
                graphs.add(new GraphInfo(g.getURI(), dataset.getGraph(g).size(), text(b.get("source")),
                        text(b.get("sha")).replace("sha256:", ""), text(b.get("loaded"))));
            });
            return graphs;
        });
    }

    private static String text(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.find().hasNext());
    }

    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(dataset);
    }
}
