package org.mdkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Reads one query file: its {@code #+ } comment lines form a YAML header, the rest is SPARQL. The header's keys are
 * mdkg's own ({@code summary}, {@code description}, {@code tags}, {@code params}, {@code example}) and grlc's
 * decorators ({@code defaults}, {@code enumerate}, {@code pagination}, {@code method}, see {@link GrlcDecorators});
 * grlc's and BASIL's {@code ?_name…} variables become parameters too ({@link BasilVariables}). Anything else in a
 * header is refused with its {@code file:line:col}, never ignored.
 */
public final class QueryFileReader {
    private QueryFileReader() {}

    /**
     * Reads a query file given on the command line: with a {@code #+} header as {@link #read} does; without one,
     * as a query without parameters named after the file, so any SPARQL file can be run as it is.
     */
    public static NamedQuery readAnyFile(Path file) {
        String text = text(file);
        if (text.startsWith("#+")) {
            return read(file);
        }
        return new NamedQuery(
                id(file), file.getFileName().toString(), "", List.of(), List.of(), Map.of(), parse(file, text), text);
    }

    /** Reads a named query file; its {@code #+} header, with at least a summary, is required. */
    public static NamedQuery read(Path file) {
        String text = text(file);
        QueryHeader header = QueryHeader.read(file, text);
        GrlcDecorators.refuseUnknownKeys(header);
        Query query = parse(file, text);
        if (!(header.get("summary") instanceof String summary) || summary.isBlank()) {
            throw header.problem("summary", "header has no 'summary'");
        }
        List<QueryParam> params = params(header, header.get("params"));
        for (QueryParam p : BasilVariables.read(file, text, query)) {
            if (params.stream().anyMatch(q -> q.name().equals(p.name()))) {
                throw header.problem(
                        "params/" + p.name(),
                        "parameter '" + p.name() + "' is declared in 'params' and by the variable ?" + p.variable());
            }
            params.add(p);
        }
        GrlcDecorators decorators = GrlcDecorators.read(header, params);
        return new NamedQuery(
                id(file),
                summary,
                str(header.get("description")),
                strings(header.get("tags")),
                decorators.params(),
                map(header.get("example")),
                query,
                text,
                decorators.pageSize(),
                decorators.acceptsPost(),
                decorators.enumerated());
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InvalidQueryFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
    }

    private static Query parse(Path file, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new InvalidQueryFileException(
                    file + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<QueryParam> params(QueryHeader header, Object raw) {
        List<QueryParam> params = new ArrayList<>();
        if (raw == null) {
            return params;
        }
        if (!(raw instanceof List<?> list)) {
            throw header.problem("params", "'params' must be a list");
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("name") instanceof String name)) {
                throw header.problem("params", "each param needs a 'name'");
            }
            Map<String, Object> p = (Map<String, Object>) m;
            try {
                params.add(new QueryParam(
                        name,
                        ParamType.parse(String.valueOf(p.getOrDefault("type", "string"))),
                        Boolean.TRUE.equals(p.get("required")),
                        str(p.get("default")),
                        Boolean.TRUE.equals(p.get("list")),
                        str(p.get("prefix")),
                        strings(p.get("values")),
                        str(p.get("description")),
                        str(p.get("example"))));
            } catch (IllegalArgumentException e) {
                throw header.problem("params/" + name, "param '" + name + "': " + e.getMessage());
            }
        }
        return params;
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
