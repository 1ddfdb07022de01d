package org.mdkg.write;

import java.util.Collection;
import java.util.Optional;
import org.apache.jena.sparql.core.Quad;

/**
 * Told about every write {@link WriteService} has committed, after the commit, so that what mdkg keeps beside the
 * store (the search index) can follow the data. A listener that fails is logged and does not undo the write.
 */
@FunctionalInterface
public interface CommitListener {
    /**
     * @param record   the committed change
     * @param changes the quads the write added and removed (derived ones included); empty when the write was a load,
     *                whose quads are not listed: then anything may have changed
     */
    void committed(ChangeRecord record, Optional<Collection<Quad>> changes);
}
