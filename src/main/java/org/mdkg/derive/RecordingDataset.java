package org.mdkg.derive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.system.AbstractDatasetGraphAddDelete;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as a write or an incremental derivation sees it: every add and delete goes through to the store (inside the write's transaction)
 * and is recorded when it really changes something, so that the write knows exactly what it changed — the net
 * additions and removals, a quad added and removed again being neither — without comparing whole graphs.
 */
public final class RecordingDataset extends AbstractDatasetGraphAddDelete {
    private final Set<Quad> added = new LinkedHashSet<>();
    private final Set<Quad> removed = new LinkedHashSet<>();

    public RecordingDataset(DatasetGraph store) {
        super(store);
    }

    @Override
    protected void actionAdd(Node g, Node s, Node p, Node o) {
        if (get().contains(g, s, p, o)) {
            return;
        }
        get().add(g, s, p, o);
        Quad q = Quad.create(g, s, p, o);
        if (!removed.remove(q)) {
            added.add(q);
        }
    }

    @Override
    protected void actionDelete(Node g, Node s, Node p, Node o) {
        if (!get().contains(g, s, p, o)) {
            return;
        }
        get().delete(g, s, p, o);
        Quad q = Quad.create(g, s, p, o);
        if (!added.remove(q)) {
            removed.add(q);
        }
    }

    /**
     * A named graph as a view through this dataset, so that what an update does to the graph object (CLEAR,
     * COPY, ADD and MOVE work on graphs) is recorded and checked like every other add and delete; the inherited
     * view went straight to the store.
     */
    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    /** The quads added so far and not removed again, in the order they were added. */
    public List<Quad> added() {
        return List.copyOf(added);
    }

    /** The quads removed so far and not added again, in the order they were removed. */
    public List<Quad> removed() {
        return List.copyOf(removed);
    }
}
