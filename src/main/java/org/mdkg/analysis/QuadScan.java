package org.mdkg.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;

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
    List<Node> values(Node subject, Node property) {
        List<Node> found = new ArrayList<>();
        dataset.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
        return found;
    }

    /**
     * The distinct values of {@code property} that {@code keep} accepts on each of {@code of}, in the store's order,
     * from one scan of the property.
     */
    Map<Node, List<Node>> values(Node property, Set<Node> of, Predicate<Node> keep) {
        Map<Node, List<Node>> found = new HashMap<>();
        forEach(property, null, (s, o) -> {
            if (of.contains(s) && keep.test(o)) {
                List<Node> list = found.computeIfAbsent(s, k -> new ArrayList<>(1));
                if (!list.contains(o)) {
                    list.add(o);
                }
            }
        });
        return found;
    }

    /** An English literal: a language tag that {@code LANGMATCHES} "en". */
    static boolean isEnglish(Node n) {
        return n.isLiteral() && NodeFunctions.langMatches(n.getLiteralLanguage(), "en");
    }

    /** The subjects having one of {@code objects} as a value of {@code property}. */
    Set<Node> subjects(Node property, Collection<Node> objects) {
        Set<Node> found = new HashSet<>();
        objects.forEach(o -> forEach(property, o, (s, x) -> found.add(s)));
        return found;
    }
}
