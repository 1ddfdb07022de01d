package org.mdkg.load;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Work that recomputes derived knowledge inside the load's write transaction, so the derived graph
 * always matches the data it was derived from.
 */
@FunctionalInterface
public interface DerivationStep {
    void apply(DatasetGraph dataset);
}
