package org.mdkg.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.mdkg.store.UnionDefaultDataset;

/**
 * The store as one step of an incremental derivation sees it: the step's own output about its keys hidden, and what
 * the step adds and deletes kept in memory, so that afterwards only the difference reaches the store ({@link #apply}).
 * A step re-adds most of what it derived before, and in TDB2 each add and each delete writes six indexes. Lives
 * inside the write's transaction, which it never begins or ends; its default graph is the union of the named graphs,
 * as the store's own queries see it.
 */
final class Overlay extends UnionDefaultDataset {
    private final DatasetGraph base;
    /** Quads of the store this view treats as deleted. */
    private final Set<Quad> hidden;
    /** Quads this view holds that the store does not. */
    private final DatasetGraph added = DatasetGraphFactory.create();

    /** {@code base} without {@code hidden}. */
    Overlay(DatasetGraph base, Set<Quad> hidden) {
        this.base = base;
        this.hidden = new HashSet<>(hidden);
    }

    /**
     * Where a step whose rules never read what the step itself writes should evaluate them: the store under the view,
     * if {@code dataset} is one, else {@code dataset}. Such rules see the same quads either way, but over the store
     * they run on its own engine (TDB2 joins a basic graph pattern on its indexes; ARQ's general engine, which the
     * view gets, finds one triple pattern at a time), which for the large rules of {@link IndicatorFacts} is several
     * times faster.
     */
    static DatasetGraph rulesSource(DatasetGraph dataset) {
        return dataset instanceof Overlay overlay ? overlay.base : dataset;
    }

    /** Makes the store hold what this view holds, in as few adds and deletes as that takes. */
    void apply() {
        hidden.forEach(base::delete);
        added.find().forEachRemaining(base::add);
    }

    @Override
    public void add(Quad q) {
        if (hidden.remove(q) || base.contains(q)) {
            return;
        }
        added.add(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad q) {
        if (added.contains(q)) {
            added.delete(q);
        } else if (base.contains(q)) {
            hidden.add(q);
        }
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        List<Quad> found = new ArrayList<>();
        find(g, s, p, o).forEachRemaining(found::add);
        found.forEach(this::delete);
    }

    private Iterator<Quad> visible(Iterator<Quad> fromBase, Iterator<Quad> fromAdded) {
        return Iter.concat(Iter.filter(fromBase, q -> !hidden.contains(q)), fromAdded);
    }

    @Override
    protected Stream<Quad> streamInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return Iter.asStream(visible(base.find(g, s, p, o), added.find(g, s, p, o)));
    }

    @Override
    protected Stream<Quad> streamInAnyNamedGraphs(Node s, Node p, Node o) {
        return Iter.asStream(visible(base.findNG(Node.ANY, s, p, o), added.findNG(Node.ANY, s, p, o)));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        Set<Node> graphs = new LinkedHashSet<>();
        base.listGraphNodes().forEachRemaining(graphs::add);
        added.listGraphNodes().forEachRemaining(graphs::add);
        return graphs.iterator();
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        graph.find().forEachRemaining(t -> add(Quad.create(graphName, t)));
    }

    @Override
    public void removeGraph(Node graphName) {
        deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public PrefixMap prefixes() {
        return base.prefixes();
    }

    @Override
    public boolean supportsTransactions() {
        return base.supportsTransactions();
    }

    @Override
    public boolean isInTransaction() {
        return base.isInTransaction();
    }

    @Override
    public ReadWrite transactionMode() {
        return base.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return base.transactionType();
    }

    @Override
    public void begin(TxnType type) {
        throw outsideTheWrite();
    }

    @Override
    public void begin(ReadWrite readWrite) {
        throw outsideTheWrite();
    }

    @Override
    public boolean promote(Promote mode) {
        throw outsideTheWrite();
    }

    @Override
    public void commit() {
        throw outsideTheWrite();
    }

    @Override
    public void abort() {
        throw outsideTheWrite();
    }

    @Override
    public void end() {
        throw outsideTheWrite();
    }

    private static IllegalStateException outsideTheWrite() {
        return new IllegalStateException("a derivation step's view lives inside the write's transaction");
    }
}
