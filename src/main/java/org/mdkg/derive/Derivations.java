package org.mdkg.derive;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The derivation pipeline: one explicit ordered list of steps, recomputed in full inside the transaction of every
 * load and write, so the derived graph always matches the data it was derived from. {@link #standard()} is the one
 * list every caller (server, command line, tests) uses; the order is the order of dependence.
 */
public final class Derivations {
    private static final Logger LOG = LoggerFactory.getLogger(Derivations.class);

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
}
