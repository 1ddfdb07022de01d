package org.mdkg.analysis;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads the quads of a dataset's named graphs (the union default graph the queries see) by property, one index
 * scan per property, through the public {@link DatasetGraph#find} API. Called inside a read transaction.
 */
final class QuadScan {
    private final DatasetGraph dataset;

    QuadScan(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Calls {@code pair} with subject and object of every quad with {@code property} and, if given, {@code object}. */
    void forEach(Node property, Node object, BiConsumer<Node, Node> pair) {
        dataset.find(Node.ANY, Node.ANY, property, object == null ? Node.ANY : object)
                .forEachRemaining(q -> pair.accept(q.getSubject(), q.getObject()));
    }

    /** The values of {@code property} on {@code subject}, in the store's order. */
    java.util.List<Node> values(Node subject, Node property) {
        java.util.List<Node> found = new java.util.ArrayList<>();
        dataset.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
        return found;
    }

    /** The subjects having one of {@code objects} as a value of {@code property}. */
    Set<Node> subjects(Node property, Collection<Node> objects) {
        Set<Node> found = new HashSet<>();
        objects.forEach(o -> forEach(property, o, (s, x) -> found.add(s)));
        return found;
    }
}
