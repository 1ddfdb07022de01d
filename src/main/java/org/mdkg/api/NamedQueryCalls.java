package org.mdkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.base.MdkgException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.PageRequest;
import org.mdkg.query.QueryParam;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultPage;
import org.mdkg.store.Store;

/**
 * A named query called by another protocol than REST (the MCP tools): its parameters as one JSON Schema object (the
 * schemas {@code /api/openapi.json} gives them), and its answer as the JSON body {@code GET /api/queries/{id}} sends —
 * the same rows, shaped by the same code — without the paging links, which only a URL can carry.
 */
public final class NamedQueryCalls {
    private final QueryRunner runner;
    private final RowShapes shapes;

    /** The calls over {@code store}; the REST routes shape their rows with the same {@link #shapes()}. */
    public NamedQueryCalls(Store store, QueryRunner runner) {
        this.runner = runner;
        this.shapes = new RowShapes(store, new QueryColumns(store));
    }

    RowShapes shapes() {
        return shapes;
    }

    /** {@code {type: object, properties, required}}: each declared parameter, then {@code limit} and {@code offset}. */
    public static Map<String, Object> inputSchema(NamedQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (QueryParam p : query.params()) {
            Map<String, Object> schema = new LinkedHashMap<>(ParamSchemas.schema(p));
            schema.put("description", ParamSchemas.describe(p));
            properties.put(p.name(), schema);
            if (p.isRequired()) {
                required.add(p.name());
            }
        }
        properties.putIfAbsent("limit", paging("rows to return", 1, PageRequest.DEFAULT_LIMIT));
        properties.putIfAbsent("offset", paging("rows to skip", 0, 0));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> paging(String what, int minimum, int dflt) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "integer");
        schema.put("minimum", minimum);
        if (minimum > 0) {
            schema.put("maximum", PageRequest.MAX_LIMIT);
        }
        schema.put("default", dflt);
        schema.put("description", what + " (paging, as on /api/queries)");
        return schema;
    }

    /** {@code {total, limit, offset, items}} of {@code query} bound from {@code params}, one page of it. */
    public Map<String, Object> call(NamedQuery query, Map<String, List<String>> params, PageRequest page) {
        ResultPage result = runner.select(query, params, page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.isTotalKnown() ? result.total() : null);
        body.put("limit", result.page().limit());
        body.put("offset", result.page().offset());
        // English labels: a tool call has no Accept-Language
        body.put("items", shapes.rows(query, result, RequestLanguage.DEFAULT));
        return body;
    }

    /**
     * Refuses a parameter longer than {@code max} characters, naming it: the words of a search (whose query time grows
     * with their length) and values echoed into {@code Link} headers (a 4 KB one made Jetty fail with 500).
     */
    public static void refuseLong(Map<String, List<String>> params, int max) {
        params.forEach((name, values) -> {
            if (name.length() > max || values.stream().anyMatch(v -> v.length() > max)) {
                throw MdkgException.badParameter(
                        name.length() > max ? name.substring(0, 40) + "…" : name,
                        "a parameter value may have at most " + max + " characters (MDKG_PARAM_MAX_CHARS)");
            }
        });
    }
}
