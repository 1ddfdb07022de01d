package org.mdkg.derive;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * One step of the derivation pipeline: reads the curated data (and what the steps before it derived) and writes
 * into {@code urn:mdkg:graph:derived} only. Called by {@link Derivations} inside a write transaction, in full
 * ({@link #apply}, after the derived graph was emptied and every earlier step has run) or for the keys a change
 * affects ({@link #applyTo}, after the earlier steps have brought their own output up to date); a step never calls
 * another.
 */
public interface Derivation {
    /** A short name for logs and docs, e.g. "current status". */
    String name();

    /** Derives everything; the derived graph holds only what the earlier steps derived. */
    void apply(DatasetGraph dataset);

    /** Which changes affect which keys (see {@link Dependencies}). */
    Dependencies dependencies();

    /**
     * Every derived quad this step wrote about {@code keys}: exactly what {@link #applyTo} writes for them, so that
     * removing it and calling {@link #applyTo} leaves what {@link #apply} would.
     */
    Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys);

    /** Derives for {@code keys} only ({@link #derivedAbout} them was removed first), or for all when null. */
    void applyTo(DatasetGraph dataset, Set<Node> keys);
}
