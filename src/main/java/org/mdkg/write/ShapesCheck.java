package org.mdkg.write;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.vocab.GraphNames;

/**
 * The SHACL gate. The shapes are the ones the store itself holds, in {@code urn:mdkg:graph:ontology/shapes.ttl}
 * (loaded with {@code ontology/}). A write is refused when the state after it has a {@code sh:Violation} that
 * the state before it did not have; warnings never block. A store without shapes only gets syntax checks.
 */
final class ShapesCheck {
    static final Node SHAPES_GRAPH = NodeFactory.createURI(GraphNames.PREFIX + "ontology/shapes.ttl");

    private ShapesCheck() {
    }

    /** The shapes in {@code dsg}, or null when it holds none. */
    static ShapeValidator validatorFor(DatasetGraph dsg) {
        Graph shapes = Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(SHAPES_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        if (shapes.isEmpty()) {
            return null;
        }
        shapes.getPrefixMapping().setNsPrefix("mdkg", "https://w3id.org/mdkg/ontology#")
                .setNsPrefix("id", "https://w3id.org/mdkg/id/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("org", "http://www.w3.org/ns/org#");
        return new ShapeValidator(shapes);
    }

    /** The violations (not warnings) the shapes find in all of {@code dsg}'s data. */
    static Set<ShapeResult> violations(ShapeValidator validator, DatasetGraph dsg) {
        return violations(validator, Snapshot.dataGraph(dsg));
    }

    static Set<ShapeResult> violations(ShapeValidator validator, Graph data) {
        Set<ShapeResult> found = new LinkedHashSet<>();
        validator.validate(data).stream().filter(ShapeResult::isViolation).forEach(found::add);
        return found;
    }

    /** Violations in {@code after} not already in {@code before}, in the validator's order. */
    static List<ShapeResult> introduced(Set<ShapeResult> before, Set<ShapeResult> after) {
        return after.stream().filter(r -> !before.contains(r)).toList();
    }
}
