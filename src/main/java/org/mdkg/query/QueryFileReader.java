package org.mdkg.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
 * Reads one query file: the leading {@code #+ } comment lines form a YAML header (grlc-style keys
 * {@code summary}, {@code description}, {@code tags}, {@code params}, {@code example}); the rest is SPARQL.
 */
public final class QueryFileReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
        Map<String, Object> header = header(file, text);
        Query query = parse(file, text);
        Object summary = header.get("summary");
        if (!(summary instanceof String s) || s.isBlank()) {
            throw new InvalidQueryFileException(file + ": header has no 'summary'", null);
        }
        return new NamedQuery(
                id(file),
                s,
                str(header.get("description")),
                strings(header.get("tags")),
                params(file, header.get("params")),
                map(header.get("example")),
                query,
                text);
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
    private static Map<String, Object> header(Path file, String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#+")) {
                break;
            }
            yaml.append(line.length() > 2 && line.charAt(2) == ' ' ? line.substring(3) : line.substring(2))
                    .append('\n');
        }
        if (yaml.isEmpty()) {
            throw new InvalidQueryFileException(file + ": no '#+ summary:' header", null);
        }
        try {
            Object parsed = YAML.readValue(yaml.toString(), Object.class);
            if (!(parsed instanceof Map)) {
                throw new InvalidQueryFileException(file + ": header is not a set of 'key: value' lines", null);
            }
            return (Map<String, Object>) parsed;
        } catch (IOException e) {
            throw new InvalidQueryFileException(file + ": header is not valid YAML: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<QueryParam> params(Path file, Object raw) {
        List<QueryParam> params = new ArrayList<>();
        if (raw == null) {
            return params;
        }
        if (!(raw instanceof List<?> list)) {
            throw new InvalidQueryFileException(file + ": 'params' must be a list", null);
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("name") instanceof String name)) {
                throw new InvalidQueryFileException(file + ": each param needs a 'name'", null);
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
                throw new InvalidQueryFileException(file + ": param '" + name + "': " + e.getMessage(), e);
            }
        }
        return params;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static List<String> strings(Object o) {
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
