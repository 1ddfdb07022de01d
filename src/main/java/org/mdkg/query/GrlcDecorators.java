package org.mdkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * grlc's header decorators that mdkg implements — {@code defaults} (a list of {@code - name: value}),
 * {@code enumerate} (a list of parameter names whose values the data fill, or {@code - name: [values]}),
 * {@code pagination} (rows per page) and {@code method} ({@code GET} or {@code POST}) — applied to the parameters
 * read from {@code params} and from grlc variables. The decorators mdkg does not implement ({@code endpoint},
 * {@code endpoint_in_url}, {@code endpoint-method}, {@code transform}, {@code mime}, {@code projection}) and any
 * other unknown key are refused with the {@code file:line:col} of their header line.
 *
 * @param params      the parameters, defaults and given enumerations applied
 * @param pageSize    grlc's {@code pagination}, or null
 * @param acceptsPost whether {@code method: POST} was given
 * @param enumerated  the parameters whose values are filled from the data
 */
record GrlcDecorators(List<QueryParam> params, Integer pageSize, boolean acceptsPost, List<String> enumerated) {
    /** Header keys mdkg reads: its own, then grlc's. */
    static final List<String> KEYS = List.of(
            "summary", "description", "tags", "params", "example", "defaults", "enumerate", "pagination", "method");

    private static final Map<String, String> UNSUPPORTED = Map.of(
            "endpoint", "mdkg answers every named query from its own store",
            "endpoint_in_url", "mdkg answers every named query from its own store",
            "endpoint-method", "mdkg answers every named query from its own store",
            "transform", "mdkg shapes the JSON rows itself; shape the result in SPARQL instead",
            "mime", "mdkg negotiates the format from Accept or ?format= (json, jsonld, csv)",
            "projection", "mdkg returns the variables the SELECT clause names");

    static void refuseUnknownKeys(QueryHeader header) {
        for (String key : header.values().keySet()) {
            if (UNSUPPORTED.containsKey(key)) {
                throw header.problem(
                        key, "grlc's '" + key + "' decorator is not supported by mdkg: " + UNSUPPORTED.get(key));
            }
            if (!KEYS.contains(key)) {
                throw header.problem(
                        key, "unknown header key '" + key + "' (mdkg reads " + String.join(", ", KEYS) + ")");
            }
        }
    }

    static GrlcDecorators read(QueryHeader header, List<QueryParam> declared) {
        Map<String, QueryParam> params = new LinkedHashMap<>();
        declared.forEach(p -> params.put(p.name(), p));
        defaults(header, params);
        List<String> enumerated = enumerate(header, params);
        return new GrlcDecorators(
                List.copyOf(params.values()), pagination(header), acceptsPost(header), List.copyOf(enumerated));
    }

    private static void defaults(QueryHeader header, Map<String, QueryParam> params) {
        for (Map.Entry<String, Object> d : entries(header, "defaults").entrySet()) {
            QueryParam p = known(header, "defaults", d.getKey(), params);
            if (d.getValue() == null || d.getValue() instanceof Map || d.getValue() instanceof List) {
                throw header.problem("defaults/" + d.getKey(), "the default of '" + d.getKey() + "' must be one value");
            }
            if (p.defaultValue() != null) {
                throw header.problem(
                        "defaults/" + d.getKey(), "parameter '" + d.getKey() + "' already has a default in 'params'");
            }
            params.put(p.name(), p.withDefault(String.valueOf(d.getValue())));
        }
    }

    private static List<String> enumerate(QueryHeader header, Map<String, QueryParam> params) {
        List<String> fromData = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries(header, "enumerate").entrySet()) {
            QueryParam p = known(header, "enumerate", e.getKey(), params);
            if (e.getValue() == null) {
                fromData.add(p.name());
            } else {
                params.put(p.name(), p.withValues(QueryFileReader.strings(e.getValue())));
            }
        }
        return fromData;
    }

    /** The entries of a grlc list ({@code - name} or {@code - name: value}) in order; a bare name maps to null. */
    private static Map<String, Object> entries(QueryHeader header, String key) {
        Object raw = header.get(key);
        Map<String, Object> entries = new LinkedHashMap<>();
        if (raw == null) {
            return entries;
        }
        if (!(raw instanceof List<?> list)) {
            throw header.problem(key, "'" + key + "' must be a list ('- name' lines)");
        }
        for (Object item : list) {
            if (item instanceof String name) {
                entries.put(name, null);
            } else if (item instanceof Map<?, ?> m && m.size() == 1) {
                m.forEach((k, v) -> entries.put(String.valueOf(k), v));
            } else {
                throw header.problem(key, "each entry of '" + key + "' must be '- name' or '- name: value'");
            }
        }
        return entries;
    }

    private static QueryParam known(QueryHeader header, String key, String name, Map<String, QueryParam> params) {
        QueryParam p = params.get(name);
        if (p == null) {
            throw header.problem(
                    key + "/" + name,
                    "'" + key + "' names '" + name + "', which is no parameter of this query (it has " + params.keySet()
                            + "; grlc names a variable ?_name_iri by its bare name)");
        }
        return p;
    }

    private static Integer pagination(QueryHeader header) {
        Object raw = header.get("pagination");
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Integer n) || n < 1 || n > PageRequest.MAX_LIMIT) {
            throw header.problem(
                    "pagination", "'pagination' must be a whole number of rows from 1 to " + PageRequest.MAX_LIMIT);
        }
        return n;
    }

    private static boolean acceptsPost(QueryHeader header) {
        Object raw = header.get("method");
        if (raw == null) {
            return false;
        }
        String method = String.valueOf(raw).trim().toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST").contains(method)) {
            throw header.problem("method", "'method' must be GET or POST, got '" + raw + "'");
        }
        return method.equals("POST");
    }
}
