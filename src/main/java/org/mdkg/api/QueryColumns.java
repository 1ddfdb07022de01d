package org.mdkg.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mdkg.docs.OntologyGraph;
import org.mdkg.query.NamedQuery;
import org.mdkg.store.Store;

/**
 * The column types of every named query ({@link ColumnTypes}), against the ontology and shapes the store holds.
 * The ranges are read once: a serving store's ontology graphs do not change (every write path refuses them,
 * {@code write.SystemGraphGuard.standard()}; only {@code mdkg load --ontology}, with no server on the store, replaces
 * them), so a write need not copy the ontology again.
 */
final class QueryColumns {
    private final Store store;
    private Ranges ranges;
    private final Map<String, Map<String, ColumnType>> byQuery = new ConcurrentHashMap<>();

    QueryColumns(Store store) {
        this.store = store;
    }

    /** The columns of {@code query}'s rows. */
    Map<String, ColumnType> of(NamedQuery query) {
        Ranges now = ranges();
        return byQuery.computeIfAbsent(query.id(), id -> ColumnTypes.of(query, now));
    }

    private synchronized Ranges ranges() {
        if (ranges == null) {
            ranges = Ranges.of(OntologyGraph.copyFrom(store.dataset()));
        }
        return ranges;
    }
}
