package org.mdkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * The remote store seen as a {@link org.apache.jena.sparql.core.DatasetGraph}: {@code find} asks the store
 * (one SELECT over {@code GRAPH ?g}), whole queries go to the store in one request ({@link RemoteQueryEngine},
 * which accepts only this class), and its default graph, as in the embedded store, holds nothing of its own (queries
 * see the union of the named graphs). Read transactions cost nothing (each request sees the store as it is then);
 * a write transaction is refused, since the remote side cannot be made atomic through it.
 */
final class RemoteDataset extends DatasetGraphBaseFind {
    private static final String[] VARS = {"g", "s", "p", "o"};

    private final SparqlEndpoint endpoint;
    private final Supplier<List<Node>> graphNames;
    private final Context context = ARQ.getContext().copy();
    private final Lock lock = new LockMRSW();
    private final ThreadLocal<TxnType> transaction = new ThreadLocal<>();

    /** @param graphNames the store's named graphs now (kept by the store per version) */
    RemoteDataset(SparqlEndpoint endpoint, Supplier<List<Node>> graphNames) {
        this.endpoint = endpoint;
        this.graphNames = graphNames;
    }

    SparqlEndpoint endpoint() {
        return endpoint;
    }

    /** The named graphs the store holds now. */
    List<Node> graphs() {
        return graphNames.get();
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return Iter.nullIterator();
    }

    @Override
    protected Stream<Quad> streamInDftGraph(Node s, Node p, Node o) {
        return Stream.empty();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return ask(g, s, p, o).iterator();
    }

    @Override
    protected Stream<Quad> streamInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return ask(g, s, p, o).stream();
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return ask(Node.ANY, s, p, o).iterator();
    }

    @Override
    protected Stream<Quad> streamInAnyNamedGraphs(Node s, Node p, Node o) {
        return ask(Node.ANY, s, p, o).stream();
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
        Query q = QueryFactory.create(pattern.append("} }").toString());
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
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
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
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
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

    @Override
    public void begin(TxnType type) {
        if (type == TxnType.WRITE) {
            throw readOnly();
        }
        transaction.set(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public boolean promote(Promote mode) {
        throw readOnly();
    }

    @Override
    public void commit() {
        transaction.remove();
    }

    @Override
    public void abort() {
        transaction.remove();
    }

    @Override
    public void end() {
        transaction.remove();
    }

    @Override
    public ReadWrite transactionMode() {
        return transaction.get() == null ? null : ReadWrite.READ;
    }

    @Override
    public TxnType transactionType() {
        return transaction.get();
    }

    @Override
    public boolean isInTransaction() {
        return transaction.get() != null;
    }

    static MdkgException readOnly() {
        return new MdkgException(
                ErrorKind.FORBIDDEN,
                "this mdkg serves a remote SPARQL store read-only: writes through it are not supported yet "
                        + "(write to the embedded store, or to the remote store with its own tools)");
    }
}
