package org.mdkg.write;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.mdkg.vocab.GraphNames;

/**
 * The data the SHACL gate checks, read in place from the store inside the write transaction: the triples of every
 * named graph except the change log — as the store is now, or as it was before a write ({@link #before}: its added
 * quads left out, its removed quads put back), so that a write's focus nodes are checked in both states without
 * copying the store.
 */
final class DataView extends GraphBase {
    private final DatasetGraph dataset;
    private final Set<Quad> added;
    private final Set<Quad> removed;

    private DataView(DatasetGraph dataset, Set<Quad> added, Set<Quad> removed) {
        this.dataset = dataset;
        this.added = added;
        this.removed = removed;
    }

    /** The store as it is. */
    static DataView now(DatasetGraph dataset) {
        return new DataView(dataset, Set.of(), Set.of());
    }

    /** The store as it was before {@code delta}. */
    static DataView before(DatasetGraph dataset, Delta delta) {
        return new DataView(dataset, Set.copyOf(delta.added()), Set.copyOf(delta.removed()));
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Set<Triple> found = new LinkedHashSet<>();
        dataset.find(Node.ANY, pattern.getSubject(), pattern.getPredicate(), pattern.getObject())
                .forEachRemaining(q -> {
                    if (!GraphNames.CHANGES.equals(q.getGraph()) && !added.contains(q)) {
                        found.add(q.asTriple());
                    }
                });
        for (Quad q : removed) {
            if (pattern.matches(q.asTriple()) && !GraphNames.CHANGES.equals(q.getGraph())) {
                found.add(q.asTriple());
            }
        }
        return WrappedIterator.create(found.iterator());
    }
}
