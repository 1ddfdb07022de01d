package org.mdkg.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.Prefixes;

/**
 * The SHACL gate. The shapes are the ones the store itself holds, in {@code urn:mdkg:graph:ontology/shapes.ttl}
 * (loaded with {@code ontology/}). A write is refused when the state after it has a {@code sh:Violation} that
 * the state before it did not have; warnings never block. A store without shapes only gets syntax checks.
 */
final class ShapesCheck {
    private ShapesCheck() {}

    /** The shapes in {@code dsg}, or null when it holds none. */
    static ShapeValidator validatorFor(DatasetGraph dsg) {
        Graph shapes = Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(GraphNames.SHAPES, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        if (shapes.isEmpty()) {
            return null;
        }
        shapes.getPrefixMapping().setNsPrefixes(Prefixes.map());
        return new ShapeValidator(shapes);
    }

    /** The violations (not warnings) the shapes find in all of {@code dsg}'s data. */
    static Set<ShapeResult> violations(ShapeValidator validator, DatasetGraph dsg) {
        Set<ShapeResult> found = new LinkedHashSet<>();
        validator.validate(dataGraph(dsg)).stream()
                .filter(ShapeResult::isViolation)
                .forEach(found::add);
        return found;
    }

    /** Violations in {@code after} not already in {@code before}, in the validator's order. */
    static List<ShapeResult> introduced(Set<ShapeResult> before, Set<ShapeResult> after) {
        return after.stream().filter(r -> !before.contains(r)).toList();
    }

    /** Every triple of every named graph except the change log, as one in-memory graph SHACL can check quickly. */
    private static Graph dataGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> {
                if (!GraphNames.CHANGES.equals(q.getGraph())) {
                    g.add(q.asTriple());
                }
            });
            return g;
        });
    }
}
