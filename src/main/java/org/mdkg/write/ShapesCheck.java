package org.mdkg.write;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHACL gate. The shapes are the ones shipped in the jar or configured by the operator ({@link GateShapes}),
 * never the store's own shapes graph. A write is refused when the state after it has a {@code sh:Violation} that
 * the state before it did not have; warnings never block. A write is checked on the nodes it can affect
 * ({@link #focusNodes}), in the store as it is and, when that finds a violation, as it was; a large one, or one that
 * recomputed every derivation, on the whole store.
 */
final class ShapesCheck {
    /** More focus nodes than this, and the whole store is checked. */
    static final int MAX_FOCUS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(ShapesCheck.class);

    private ShapesCheck() {}

    /** The violations (not warnings) the shapes find in all of {@code dsg}'s data. */
    static Set<ShapeResult> violations(ShapeValidator validator, DatasetGraph dsg) {
        return violations(validator, dsg, null);
    }

    /**
     * Checks a write that {@code delta} describes, already applied to {@code dsg}: refuses it if it adds a violation,
     * else returns the violations of the whole store after it, computed from {@code known} (those before it; null:
     * not known) — or null when neither was computed.
     *
     * @param everything whether any node may have changed (the derivations were recomputed in full)
     */
    static Set<ShapeResult> check(
            ShapeValidator validator, DatasetGraph dsg, Delta delta, boolean everything, Set<ShapeResult> known) {
        Set<Node> focus = everything ? null : focusNodes(dsg, delta, validator);
        LOG.debug("SHACL check of {}", focus == null ? "the whole store" : focus.size() + " focus nodes");
        if (focus == null) {
            Set<ShapeResult> before = known != null ? known : violations(validator, dsg, delta);
            Set<ShapeResult> after = violations(validator, dsg);
            refuseNew(before, after);
            return after;
        }
        Set<ShapeResult> after = violations(validator.validate(DataView.now(dsg), focus));
        if (!after.isEmpty()) { // else nothing can be new, and the state before need not be checked
            refuseNew(violations(validator.validate(DataView.before(dsg, delta), focus)), after);
        }
        if (known == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        focus.forEach(n -> names.add(validator.focusName(n)));
        Set<ShapeResult> all = new LinkedHashSet<>();
        known.stream().filter(r -> !names.contains(r.focusNode())).forEach(all::add);
        all.addAll(after);
        return all;
    }

    /**
     * The nodes whose validation a change can alter: the subjects of its quads, their objects when a shape follows
     * the property backwards (an inverse path, {@code ?x p $this} in a SPARQL constraint), the nodes that link to a
     * subject over a property the shapes name (a shape reads the type or properties of a value), and those a subject
     * links to over a property a shape follows backwards; null when more than {@link #MAX_FOCUS}. A derived quad counts
     * only when the shapes name its property (or it is a type): no curated value names a derived property. A change
     * of the ontology or the class hierarchy recomputes every derivation and so is checked in full.
     */
    static Set<Node> focusNodes(DatasetGraph dsg, Delta delta, ShapeValidator validator) {
        Set<Node> focus = new LinkedHashSet<>();
        Set<Node> subjects = new LinkedHashSet<>();
        for (List<Quad> quads : List.of(delta.added(), delta.removed())) {
            for (Quad q : quads) {
                if (GraphNames.DERIVED.equals(q.getGraph())
                        && !q.getPredicate().equals(RDF.type.asNode())
                        && !validator.mentions(q.getPredicate())) {
                    continue;
                }
                subjects.add(q.getSubject());
                focus.add(q.getSubject());
                if (!q.getObject().isLiteral() && validator.readsBackwards(q.getPredicate())) {
                    focus.add(q.getObject());
                }
            }
        }
        for (Node s : subjects) {
            dsg.find(Node.ANY, Node.ANY, Node.ANY, s).forEachRemaining(q -> {
                if (validator.mentions(q.getPredicate())) {
                    keep(q, q.getSubject(), focus);
                }
            });
            dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (validator.readsBackwards(q.getPredicate())) {
                    keep(q, q.getObject(), focus);
                }
            });
            if (focus.size() > MAX_FOCUS) {
                return null;
            }
        }
        return focus;
    }

    private static void keep(Quad q, Node n, Set<Node> focus) {
        if (!GraphNames.CHANGES.equals(q.getGraph()) && !n.isLiteral()) {
            focus.add(n);
        }
    }

    /** Violations in {@code after} not already in {@code before}, in the validator's order. */
    static List<ShapeResult> introduced(Set<ShapeResult> before, Set<ShapeResult> after) {
        return after.stream().filter(r -> !before.contains(r)).toList();
    }

    private static void refuseNew(Set<ShapeResult> before, Set<ShapeResult> after) {
        List<ShapeResult> introduced = introduced(before, after);
        if (!introduced.isEmpty()) {
            throw ShapeValidator.refusal(introduced);
        }
    }

    private static Set<ShapeResult> violations(Collection<ShapeResult> results) {
        Set<ShapeResult> found = new LinkedHashSet<>();
        results.stream().filter(ShapeResult::isViolation).forEach(found::add);
        return found;
    }

    /** The violations in all of the data, as it is or (with {@code undo}) as it was before that change. */
    private static Set<ShapeResult> violations(ShapeValidator validator, DatasetGraph dsg, Delta undo) {
        return violations(validator.validate(dataGraph(dsg, undo)));
    }

    /**
     * Every triple of every named graph except the change log, as one in-memory graph SHACL can check quickly; with
     * {@code undo}, without its added quads and with its removed ones.
     */
    private static Graph dataGraph(DatasetGraph dsg, Delta undo) {
        Set<Quad> added = undo == null ? Set.of() : Set.copyOf(undo.added());
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> {
                if (!GraphNames.CHANGES.equals(q.getGraph()) && !added.contains(q)) {
                    g.add(q.asTriple());
                }
            });
            if (undo != null) {
                undo.removed().forEach(q -> g.add(q.asTriple()));
            }
            return g;
        });
    }
}
