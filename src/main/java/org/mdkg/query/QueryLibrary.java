package org.mdkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;

/** Every named query in a directory, parsed once at start-up; one bad file stops the start. */
public final class QueryLibrary {
    private final Map<String, NamedQuery> queries;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = queries;
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
     * values its variable takes in the query's pattern, sorted (as grlc fills them), read once.
     */
    public QueryLibrary enumerated(DatasetGraph dataset) {
        Map<String, NamedQuery> filled = new LinkedHashMap<>();
        queries.forEach((id, q) -> filled.put(id, Enumerations.fill(q, dataset)));
        return new QueryLibrary(filled);
    }

    public Optional<NamedQuery> find(String id) {
        return Optional.ofNullable(queries.get(id));
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }
}
