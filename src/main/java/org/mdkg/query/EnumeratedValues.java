package org.mdkg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The named queries with their grlc {@code enumerate} values filled from the data, kept for the store's version: the
 * first request that sees a new version fills them again (one fill at a time; a request that comes while another
 * fills gets the values of the version before, never values older than that), so a write through another front-end
 * over the same remote store is followed at the next request.
 */
final class EnumeratedValues {
    private final Map<String, NamedQuery> raw;
    private final DatasetGraph dataset;
    private final Supplier<String> version;
    private final ReentrantLock filling = new ReentrantLock();
    private volatile Filled filled;

    /** The values filled for one version. */
    private record Filled(String version, Map<String, NamedQuery> queries) {}

    /** Fills the values now (a query that cannot be filled stops the start, as before). */
    EnumeratedValues(Map<String, NamedQuery> raw, DatasetGraph dataset, Supplier<String> version) {
        this.raw = raw;
        this.dataset = dataset;
        this.version = version;
        this.filled = fill(version.get());
    }

    /** The queries, filled for the store's version now (or, while another request fills them, the version before). */
    Map<String, NamedQuery> current() {
        String now = version.get();
        Filled f = filled;
        if (f.version().equals(now)) {
            return f.queries();
        }
        if (!filling.tryLock()) {
            return f.queries();
        }
        try {
            if (!filled.version().equals(now)) {
                filled = fill(now);
            }
            return filled.queries();
        } finally {
            filling.unlock();
        }
    }

    private Filled fill(String at) {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        raw.forEach((id, q) -> queries.put(id, Enumerations.fill(q, dataset)));
        return new Filled(at, queries);
    }
}
