package org.mdkg.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mdkg.docs.OntologyGraph;
import org.mdkg.query.NamedQuery;
import org.mdkg.store.Store;

/**
 * The column types of every named query ({@link ColumnTypes}), against the ontology and shapes the store holds;
 * derived again once the store's ontology graphs may have changed (a new dataset version).
 */
final class QueryColumns {
    private final Store store;
    private String version;
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
        String now = store.version();
        if (!now.equals(version)) {
            ranges = Ranges.of(OntologyGraph.copyFrom(store.dataset()));
            byQuery.clear();
            version = now;
        }
        return ranges;
    }
}
