package org.mdkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a query file's {@code example} header promises, read from
 * {@code example: {params: {k: v | [v, …]}, expect: {rows: N, minRows: N, maxRows: N, contains: [{var: value}]}}}.
 * {@code contains} lists rows that must be present: each given variable equals the value (an IRI's full
 * text or a literal's lexical form).
 */
public record ExampleExpectation(
        Map<String, List<String>> params,
        Integer rows,
        Integer minRows,
        Integer maxRows,
        List<Map<String, String>> contains) {
    private static final Set<String> KEYS = Set.of("rows", "minRows", "maxRows", "contains");

    /** The expectation of {@code query}; an {@code expect} key this class does not know is refused. */
    public static ExampleExpectation of(NamedQuery query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query.example().get("params") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> params.put(String.valueOf(k), texts(v)));
        }
        Map<?, ?> expect = query.example().get("expect") instanceof Map<?, ?> e ? e : Map.of();
        for (Object key : expect.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidQueryFileException(
                        query.id() + ": unknown key '" + key + "' in example.expect " + KEYS, null);
            }
        }
        List<Map<String, String>> contains = new ArrayList<>();
        if (expect.get("contains") instanceof List<?> l) {
            for (Object row : l) {
                Map<String, String> r = new LinkedHashMap<>();
                if (row instanceof Map<?, ?> rm) {
                    rm.forEach((k, v) -> r.put(String.valueOf(k), String.valueOf(v)));
                }
                contains.add(r);
            }
        }
        return new ExampleExpectation(
                params,
                number(expect.get("rows")),
                number(expect.get("minRows")),
                number(expect.get("maxRows")),
                contains);
    }

    /** Every way in which {@code actual} (rows of variable → text) breaks the promise; empty if it keeps it. */
    public List<String> check(List<Map<String, String>> actual) {
        List<String> problems = new ArrayList<>();
        int n = actual.size();
        if (rows != null && n != rows) {
            problems.add("expected " + rows + " rows, got " + n);
        }
        if (minRows != null && n < minRows) {
            problems.add("expected at least " + minRows + " rows, got " + n);
        }
        if (maxRows != null && n > maxRows) {
            problems.add("expected at most " + maxRows + " rows, got " + n);
        }
        for (Map<String, String> wanted : contains) {
            boolean found = actual.stream()
                    .anyMatch(row -> wanted.entrySet().stream()
                            .allMatch(e -> e.getValue().equals(row.get(e.getKey()))));
            if (!found) {
                problems.add("no row has " + wanted);
            }
        }
        return problems;
    }

    private static List<String> texts(Object v) {
        List<String> values = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> values.add(String.valueOf(x)));
        } else if (v != null) {
            values.add(String.valueOf(v));
        }
        return values;
    }

    private static Integer number(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }
}
