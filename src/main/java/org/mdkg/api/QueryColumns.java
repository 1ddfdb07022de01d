package org.mdkg.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.mdkg.docs.OntologyGraph;
import org.mdkg.query.NamedQuery;
import org.mdkg.store.Store;

/**
 * The column types of every named query ({@link ColumnTypes}), against the ontology and shapes the store holds.
 * They follow the store: at the first request after its version changed, the ontology graphs' names, sizes and
 * recorded SHA-256s are read (one small look-up), and the ranges are read again only when those differ (a serving
 * store's ontology changes only by {@code mdkg load --ontology}, which may run over a remote store that another
 * front-end serves), so an ordinary write does not copy the ontology again.
 */
final class QueryColumns {
    private final Store store;
    private String checkedVersion;
    private String ontologyKey;
    private Columns columns;

    /** The ranges of one state of the ontology, and the columns computed from them so far. */
    private record Columns(Ranges ranges, Map<String, Map<String, ColumnType>> byQuery) {}

    QueryColumns(Store store) {
        this.store = store;
    }

    /** The columns of {@code query}'s rows. */
    Map<String, ColumnType> of(NamedQuery query) {
        Columns now = current();
        return now.byQuery().computeIfAbsent(query.id(), id -> ColumnTypes.of(query, now.ranges()));
    }

    private synchronized Columns current() {
        String version = store.version();
        if (columns != null && version.equals(checkedVersion)) {
            return columns;
        }
        String key = ontologyKey();
        if (columns == null || !key.equals(ontologyKey)) {
            columns = new Columns(Ranges.of(OntologyGraph.copyFrom(store.dataset())), new ConcurrentHashMap<>());
            ontologyKey = key;
        }
        checkedVersion = version;
        return columns;
    }

    /** The ontology graphs as the store describes them: name, size and the loaded file's SHA-256. */
    private String ontologyKey() {
        return store.describeGraphs().stream()
                .filter(g -> g.iri().startsWith(OntologyGraph.GRAPH_PREFIX))
                .map(g -> g.iri() + " " + g.triples() + " " + g.sha256())
                .sorted()
                .collect(Collectors.joining("\n"));
    }
}
