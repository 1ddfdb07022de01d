package org.mdkg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derivation pipeline: one explicit ordered list of steps, run inside the transaction of every load and write,
 * so the derived graph always matches the data it was derived from. A load recomputes everything ({@link #run}); a
 * write recomputes only what its changed quads affect ({@link #update}), falling back to everything when the change
 * touches the ontology or the class hierarchy or affects too many nodes. {@link #standard()} is the one list every
 * caller (server, command line, tests) uses; the order is the order of dependence.
 */
public final class Derivations {
    private static final Logger LOG = LoggerFactory.getLogger(Derivations.class);
    /** More keys than this for one step, and a write recomputes everything instead. */
    static final int MAX_KEYS = 20_000;

    private final List<Derivation> steps;

    private Derivations(List<Derivation> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The pipeline of mdkg, in the order each step needs the ones before it. */
    public static Derivations standard() {
        return new Derivations(List.of(
                new TypeClosure(),
                new CurrentStatus(),
                new CommitmentContext(),
                new Scorecards(),
                new IndicatorFacts(),
                new GapContext(),
                new OverlapPairs(),
                new IndicatorResults()));
    }

    /** No derivations: for stores that hold only the ontology or a fixture that needs none. */
    public static Derivations none() {
        return new Derivations(List.of());
    }

    public List<Derivation> steps() {
        return steps;
    }

    /** Empties the derived graph and runs every step in order; call inside a write transaction. */
    public void run(DatasetGraph dataset) {
        dataset.deleteAny(GraphNames.DERIVED, Node.ANY, Node.ANY, Node.ANY);
        for (Derivation step : steps) {
            long t0 = System.nanoTime();
            step.apply(dataset);
            LOG.debug("derived {} in {} ms", step.name(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /**
     * What a write changed in the derived graph: quads added and removed, and whether everything was recomputed
     * (which also means any node may have changed).
     */
    public record Update(List<Quad> added, List<Quad> removed, boolean full) {}

    /**
     * Brings the derived graph up to date with {@code changes} (the quads a write added and removed, already
     * applied): each step, in order, recomputes the keys that the changes — curated and derived by the steps before
     * it, or by itself for other keys — affect. Call inside the write transaction.
     */
    public Update update(DatasetGraph dataset, Collection<Quad> changes) {
        Set<Quad> added = new LinkedHashSet<>();
        Set<Quad> removed = new LinkedHashSet<>();
        if (!touchesSchema(changes)) {
            List<Quad> seen = new ArrayList<>(changes);
            boolean bounded = true;
            for (Derivation step : steps) {
                if (!bounded) {
                    break;
                }
                bounded = updateStep(step, dataset, seen, added, removed);
            }
            if (bounded) {
                return new Update(List.copyOf(added), List.copyOf(removed), false);
            }
        }
        Set<Quad> before = derived(dataset);
        before.removeAll(added);
        before.addAll(removed);
        run(dataset);
        Set<Quad> after = derived(dataset);
        return new Update(
                after.stream().filter(q -> !before.contains(q)).toList(),
                before.stream().filter(q -> !after.contains(q)).toList(),
                true);
    }

    /** One step over the keys {@code seen} affects, until its own output affects no further key; false: too many. */
    private static boolean updateStep(
            Derivation step, DatasetGraph dataset, List<Quad> seen, Set<Quad> added, Set<Quad> removed) {
        long t0 = System.nanoTime();
        Dependencies dependencies = step.dependencies();
        Set<Node> keys = Focus.keys(dataset, seen, dependencies);
        Set<Node> done = new HashSet<>();
        while (!done.containsAll(keys)) {
            if (keys.size() > MAX_KEYS) {
                LOG.debug("{}: {} keys, recomputing everything", step.name(), keys.size());
                return false;
            }
            Set<Node> todo = new LinkedHashSet<>(keys);
            todo.removeAll(done);
            Set<Quad> before = step.derivedAbout(dataset, todo);
            Overlay view = new Overlay(dataset, before);
            step.applyTo(view, todo);
            Set<Quad> after = step.derivedAbout(view, todo);
            view.apply();
            List<Quad> changed = new ArrayList<>();
            for (Quad q : before) {
                if (!after.contains(q)) {
                    changed.add(q);
                    if (!added.remove(q)) {
                        removed.add(q);
                    }
                }
            }
            for (Quad q : after) {
                if (!before.contains(q)) {
                    changed.add(q);
                    if (!removed.remove(q)) {
                        added.add(q);
                    }
                }
            }
            done.addAll(todo);
            seen.addAll(changed);
            keys.addAll(Focus.keys(dataset, changed, dependencies));
        }
        LOG.debug("derived {} for {} keys in {} ms", step.name(), done.size(), (System.nanoTime() - t0) / 1_000_000);
        return true;
    }

    /** Whether a change reaches the ontology graphs or the class hierarchy, on which every step depends. */
    private static boolean touchesSchema(Collection<Quad> changes) {
        Node subClassOf = RDFS.subClassOf.asNode();
        return changes.stream()
                .anyMatch(q -> q.getPredicate().equals(subClassOf) || GraphNames.isOntology(q.getGraph()));
    }

    private static Set<Quad> derived(DatasetGraph dataset) {
        Set<Quad> quads = new HashSet<>();
        dataset.find(GraphNames.DERIVED, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        return quads;
    }
}
