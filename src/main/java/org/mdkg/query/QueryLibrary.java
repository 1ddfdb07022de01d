package org.mdkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;

/** Every named query in a directory, parsed once at start-up; one bad file stops the start. */
public final class QueryLibrary {
    private final Map<String, NamedQuery> queries;
    /** The queries with their enumerated values from the data, kept per version; null when not filled. */
    private final EnumeratedValues enumerated;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this(queries, null);
    }

    private QueryLibrary(Map<String, NamedQuery> queries, EnumeratedValues enumerated) {
        this.queries = queries;
        this.enumerated = enumerated;
    }

    /** Reads every {@code *.rq} file in {@code dir}; an absent directory gives an empty library. */
    public static QueryLibrary load(Path dir) {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return new QueryLibrary(queries);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                NamedQuery q = QueryFileReader.read(f);
                queries.put(q.id(), q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return new QueryLibrary(queries);
    }

    /**
     * This library with the values of each grlc {@code enumerate} parameter filled from {@code dataset}: the distinct
     * values its variable takes in the query's pattern, sorted (as grlc fills them), read now and again whenever
     * {@code version} (the store's) has changed since, at the first request that sees the change.
     */
    public QueryLibrary enumerated(DatasetGraph dataset, Supplier<String> version) {
        Map<String, NamedQuery> toFill = new LinkedHashMap<>();
        queries.forEach((id, q) -> {
            if (!q.enumerated().isEmpty()) {
                toFill.put(id, q);
            }
        });
        return new QueryLibrary(queries, toFill.isEmpty() ? null : new EnumeratedValues(toFill, dataset, version));
    }

    public Optional<NamedQuery> find(String id) {
        NamedQuery q = queries.get(id);
        if (q == null || enumerated == null || q.enumerated().isEmpty()) {
            return Optional.ofNullable(q);
        }
        return Optional.of(enumerated.current().get(id));
    }

    public List<NamedQuery> all() {
        if (enumerated == null) {
            return List.copyOf(queries.values());
        }
        Map<String, NamedQuery> filled = enumerated.current();
        return queries.keySet().stream()
                .map(id -> filled.getOrDefault(id, queries.get(id)))
                .toList();
    }
}
