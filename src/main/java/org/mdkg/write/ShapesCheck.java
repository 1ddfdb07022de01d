package org.mdkg.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.vocab.GraphNames;

/**
 * The SHACL gate. The shapes are the ones shipped in the jar or configured by the operator ({@link GateShapes}),
 * never the store's own shapes graph. A write is refused when the state after it has a {@code sh:Violation} that
 * the state before it did not have; warnings never block.
 */
final class ShapesCheck {
    private ShapesCheck() {}

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
