package org.mdkg.derive;

import org.apache.jena.sparql.core.DatasetGraph;

/** What every step of {@link Derivations#standard()} shares: a name, its dependencies, a full run as a run for all. */
abstract class Step implements Derivation {
    private final String name;
    private final Dependencies dependencies;

    Step(String name, Dependencies dependencies) {
        this.name = name;
        this.dependencies = dependencies;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Dependencies dependencies() {
        return dependencies;
    }

    /** {@link #applyTo} with no keys: everything. */
    @Override
    public final void apply(DatasetGraph dataset) {
        applyTo(dataset, null);
    }
}
