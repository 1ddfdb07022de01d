package org.mdkg.store;

import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset whose default graph, as in the embedded store, holds nothing of its own: a query's default graph is the
 * union of the named graphs, and "any graph" is the named graphs only. A subclass gives the named graphs.
 */
public abstract class UnionDefaultDataset extends DatasetGraphBaseFind {
    /** The graphs as views of this dataset, so that what is done to them goes through its adds and deletes. */
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

    /** The quads of one named graph that match the pattern. */
    @Override
    protected abstract Stream<Quad> streamInSpecificNamedGraph(Node g, Node s, Node p, Node o);

    /** The quads of every named graph that match the pattern. */
    @Override
    protected abstract Stream<Quad> streamInAnyNamedGraphs(Node s, Node p, Node o);

    @Override
    protected final Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return streamInDftGraph(s, p, o).iterator();
    }

    @Override
    protected final Stream<Quad> streamInDftGraph(Node s, Node p, Node o) {
        return streamInAnyNamedGraphs(s, p, o)
                .map(Quad::asTriple)
                .distinct()
                .map(t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    protected final Iterator<Quad> findAny(Node s, Node p, Node o) {
        return findInAnyNamedGraphs(s, p, o);
    }

    @Override
    protected final Stream<Quad> streamAny(Node s, Node p, Node o) {
        return streamInAnyNamedGraphs(s, p, o);
    }

    @Override
    protected final Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return streamInSpecificNamedGraph(g, s, p, o).iterator();
    }

    @Override
    protected final Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return streamInAnyNamedGraphs(s, p, o).iterator();
    }
}
