package org.mdkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.Lock;
import org.apache.jena.shared.LockMRSW;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.vocab.CHANGE;
import org.mdkg.vocab.GraphNames;

/**
 * The remote store seen as a {@link org.apache.jena.sparql.core.DatasetGraph}: {@code find} asks the store
 * (one SELECT over {@code GRAPH ?g}), whole queries go to the store in one request ({@link RemoteQueryEngine},
 * which accepts only this class), and its default graph, as in the embedded store, holds nothing of its own (queries
 * see the union of the named graphs). Read transactions cost nothing (each request sees the store as it is then);
 * a write transaction works on a copy and sends its changes in one conditional update at commit ({@link
 * WriteBuffer}): atomic on the remote side only as far as the engine runs one update request atomically.
 */
final class RemoteDataset extends UnionDefaultDataset {
    /**
     * The filter that keeps a pattern's {@code ?g} to mdkg's own graphs, those named {@code urn:mdkg:graph:…} (every
     * graph mdkg loads or writes is): an engine lists graphs of its own too (Virtuoso's {@code virtrdf#} schema,
     * 2,479 triples in a fresh database), which are not mdkg's data and must not make a fresh store look loaded.
     */
    static final String MDKG_GRAPHS = "FILTER(STRSTARTS(STR(?g), \"" + GraphNames.PREFIX + "\"))";

    /** Each of mdkg's graphs with its size (one query). */
    static final Query GRAPHS = QueryFactory.create(
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + MDKG_GRAPHS + " } GROUP BY ?g ORDER BY ?g");

    private static final String[] VARS = {"g", "s", "p", "o"};

    private final SparqlEndpoint endpoint;
    private final Supplier<List<Node>> graphNames;
    private final Context context = ARQ.getContext().copy();
    private final Lock lock = new LockMRSW();
    private final ThreadLocal<TxnType> transaction = new ThreadLocal<>();
    private final ThreadLocal<WriteBuffer> writing = new ThreadLocal<>();

    /** @param graphNames the store's named graphs now (kept by the store per version) */
    RemoteDataset(SparqlEndpoint endpoint, Supplier<List<Node>> graphNames) {
        this.endpoint = endpoint;
        this.graphNames = graphNames;
    }

    SparqlEndpoint endpoint() {
        return endpoint;
    }

    /**
     * The named graphs the store holds now; inside a write, those of the write's copy (a query's {@code GRAPH ?g}
     * lists them at every evaluation, which must not ask the store each time).
     */
    List<Node> graphs() {
        WriteBuffer w = writing.get();
        if (w == null) {
            return graphNames.get();
        }
        List<Node> names = new ArrayList<>();
        w.view().listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    /** Whether this thread is inside a write transaction (its queries then run here, over the write's copy). */
    boolean isWriting() {
        return writing.get() != null;
    }

    @Override
    protected Stream<Quad> streamInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        WriteBuffer w = writing.get();
        return w != null ? Iter.asStream(w.view().find(g, s, p, o)) : ask(g, s, p, o).stream();
    }

    @Override
    protected Stream<Quad> streamInAnyNamedGraphs(Node s, Node p, Node o) {
        WriteBuffer w = writing.get();
        return w != null ? Iter.asStream(w.view().findNG(Node.ANY, s, p, o)) : ask(Node.ANY, s, p, o).stream();
    }

    /**
     * The quads matching the pattern (ANY or null for a wildcard), from one SELECT sent to the store. A blank node
     * cannot be named to another store (its label is the store's own), so a pattern that fixes one matches nothing.
     */
    private List<Quad> ask(Node g, Node s, Node p, Node o) {
        Node[] fixed = {g, s, p, o};
        StringBuilder pattern = new StringBuilder("SELECT * { GRAPH ");
        for (int i = 0; i < fixed.length; i++) {
            Node n = fixed[i];
            if (n != null && n.isBlank()) {
                return List.of();
            }
            pattern.append(n == null || !n.isConcrete() ? "?" + VARS[i] : NodeFmtLib.strNT(n))
                    .append(i == 0 ? " { " : " ");
        }
        if (g == null || !g.isConcrete()) {
            pattern.append("} ").append(MDKG_GRAPHS).append(" }");
        } else {
            pattern.append("} }");
        }
        Query q = QueryFactory.create(pattern.toString());
        List<Quad> quads = new ArrayList<>();
        for (Binding b : endpoint.selectAll(q)) {
            quads.add(Quad.create(value(b, 0, fixed), value(b, 1, fixed), value(b, 2, fixed), value(b, 3, fixed)));
        }
        return quads;
    }

    private static Node value(Binding b, int i, Node[] fixed) {
        Node n = fixed[i];
        return n != null && n.isConcrete() ? n : b.get(VARS[i]);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return graphs().contains(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return graphs().iterator();
    }

    @Override
    public long size() {
        return graphs().size();
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        removeGraph(graphName);
        graph.find().forEachRemaining(t -> add(Quad.create(graphName, t)));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void add(Quad quad) {
        buffer().add(quad);
    }

    @Override
    public void delete(Quad quad) {
        buffer().delete(quad);
    }

    private WriteBuffer buffer() {
        WriteBuffer w = writing.get();
        if (w == null) {
            throw new MdkgException(ErrorKind.FAILURE, "a change to the remote store outside a write transaction");
        }
        return w;
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public Lock getLock() {
        return lock;
    }

    @Override
    public Context getContext() {
        return context;
    }

    @Override
    public void close() {
        // nothing held: the HTTP client's connections close when idle
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    /** A write copies the store into memory (see {@link WriteBuffer}); a read costs nothing. */
    @Override
    public void begin(TxnType type) {
        if (type == TxnType.WRITE) {
            writing.set(copy());
        }
        transaction.set(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        if (transaction.get() == null) {
            return false;
        }
        if (writing.get() == null) {
            writing.set(copy());
        }
        return true;
    }

    /**
     * The store copied for a write, refused if the copy is not whole: an engine may cut a result silently (Virtuoso at
     * its {@code ResultSetMaxRows}), so the copy's quads per graph are compared with the store's own counts (one
     * COUNT query), and a write on a cut copy, which would delete what it did not see, is never computed. The copy
     * the last write through this front-end committed is used again ({@link Replica}) while the store still holds
     * its version and its graphs' sizes (one more small query), so that consecutive writes through one front-end
     * read the store once.
     */
    private WriteBuffer copy() {
        Map<Node, Long> before = counts(endpoint);
        Replica kept = takeReplica();
        if (kept != null && kept.counts().equals(before) && kept.version().equals(versionNow())) {
            return new WriteBuffer(kept.copy());
        }
        List<Quad> quads = ask(Node.ANY, null, null, null);
        Map<Node, Long> copied = sizes(quads.iterator());
        if (!copied.equals(before)) {
            Map<Node, Long> after = counts(endpoint);
            if (!after.equals(before)) {
                throw new MdkgException(
                        ErrorKind.FAILURE,
                        "another front-end wrote to the store while this write read it, so it was not applied; "
                                + "send it again");
            }
            long counted = before.values().stream().mapToLong(Long::longValue).sum();
            throw new MdkgException(
                    ErrorKind.STORE_DAMAGED,
                    "the remote store sent " + quads.size() + " of the " + counted + " triples it counts ("
                            + endpoint.queryUrl() + " cuts long results, as Virtuoso does at its ResultSetMaxRows; "
                            + "raise that limit above the store's size), so no write can be computed; nothing "
                            + "was changed");
        }
        DatasetGraph copy = DatasetGraphFactory.create();
        quads.forEach(copy::add);
        return new WriteBuffer(copy);
    }

    /**
     * The store as the last write through this front-end left it: its copy, the version it set and the size of each
     * graph. Kept in memory between writes when the store holds at most {@value #MAX_REPLICA} quads; a cache only, as
     * the version and the counts are checked against the store before each use, and the update is conditional on the
     * version anyway.
     */
    private record Replica(DatasetGraph copy, Node version, Map<Node, Long> counts) {}

    /** The largest store whose copy a front-end keeps between writes. */
    static final int MAX_REPLICA = 500_000;

    private Replica replica;

    /** The kept copy, which no other write may then use (null: none). */
    private synchronized Replica takeReplica() {
        Replica r = replica;
        replica = null;
        return r;
    }

    /** Keeps the copy of a write just committed, as the store now is. */
    private synchronized void keepReplica(WriteBuffer w) {
        DatasetGraph copy = w.view();
        Map<Node, Long> counts = sizes(copy.find());
        Node version = w.versionAfter();
        long size = counts.values().stream().mapToLong(Long::longValue).sum();
        replica = version == null || size > MAX_REPLICA ? null : new Replica(copy, version, counts);
    }

    /** Each of mdkg's graphs in the store with its size, from one query. */
    static Map<Node, Long> counts(SparqlEndpoint endpoint) {
        return counts(endpoint, GRAPHS);
    }

    /** The graphs and sizes a {@code SELECT ?g ?n} query names, by graph name. */
    static Map<Node, Long> counts(SparqlEndpoint endpoint, Query graphSizes) {
        Map<Node, Long> counts = byGraph();
        for (Binding b : endpoint.selectAll(graphSizes)) {
            counts.put(b.get("g"), ((Number) b.get("n").getLiteralValue()).longValue());
        }
        return counts;
    }

    /** How many of {@code quads} each graph holds. */
    private static Map<Node, Long> sizes(Iterator<Quad> quads) {
        Map<Node, Long> sizes = byGraph();
        quads.forEachRemaining(q -> sizes.merge(q.getGraph(), 1L, Long::sum));
        return sizes;
    }

    /** An empty map ordered by graph name, as the counts compare. */
    static <V> Map<Node, V> byGraph() {
        return new TreeMap<>(Comparator.comparing(Node::getURI));
    }

    /**
     * Sends the write's changes in one update ({@link StagedCommit} when large), refused if the store changed since the
     * write began.
     */
    @Override
    public void commit() {
        WriteBuffer w = writing.get();
        try {
            if (w != null && !w.isEmpty()) {
                if (w.size() > StagedCommit.MAX_INLINE) {
                    StagedCommit.send(endpoint, w);
                } else {
                    endpoint.update(w.update());
                }
                Node now = versionNow();
                if (w.versionAfter() != null && !w.versionAfter().equals(now)) {
                    throw new MdkgException(
                            ErrorKind.FAILURE,
                            "another front-end wrote to the store while this write was computed, so it was not "
                                    + "applied; send it again");
                }
            }
            if (w != null) {
                keepReplica(w);
            }
        } finally {
            end();
        }
    }

    /** The version the store holds now (null: none), from one query. */
    Node versionNow() {
        List<Quad> kept = ask(GraphNames.META, DatasetVersion.STORE, CHANGE.dataVersion, null);
        return kept.isEmpty() ? null : kept.get(0).getObject();
    }

    @Override
    public void abort() {
        end();
    }

    @Override
    public void end() {
        writing.remove();
        transaction.remove();
    }

    @Override
    public ReadWrite transactionMode() {
        if (transaction.get() == null) {
            return null;
        }
        return writing.get() != null ? ReadWrite.WRITE : ReadWrite.READ;
    }

    @Override
    public TxnType transactionType() {
        return transaction.get();
    }

    @Override
    public boolean isInTransaction() {
        return transaction.get() != null;
    }
}
