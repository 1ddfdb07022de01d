package org.mdkg.derive;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One step of the derivation pipeline: reads the curated data (and what the steps before it derived) and writes
 * into {@code urn:mdkg:graph:derived} only. Called by {@link Derivations#run} inside a write transaction, after
 * the derived graph was emptied and every earlier step has run; a step never calls another.
 */
public interface Derivation {
    /** A short name for logs and docs, e.g. "current status". */
    String name();

    void apply(DatasetGraph dataset);
}
