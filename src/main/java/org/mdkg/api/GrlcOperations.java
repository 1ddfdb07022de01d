package org.mdkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.query.NamedQuery;

/**
 * What grlc's decorators add to a named query's OpenAPI path item: a {@code page} parameter for {@code pagination},
 * and for {@code method: POST} a {@code post} operation taking the same parameters as a form or JSON body.
 */
final class GrlcOperations {
    private GrlcOperations() {}

    /** The path item of {@code q} whose GET operation is {@code get}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> pathItem(NamedQuery q, Map<String, Object> get) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (q.pageSize() != null) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("name", "page");
            page.put("in", "query");
            page.put(
                    "description",
                    "page number (grlc's pagination, " + q.pageSize() + " rows a page unless limit says otherwise)");
            page.put("schema", Map.of("type", "integer", "minimum", 1));
            List<Object> params = new ArrayList<>((List<Object>) get.get("parameters"));
            params.add(page);
            get.put("parameters", params);
        }
        item.put("get", get);
        if (q.acceptsPost()) {
            Map<String, Object> post = new LinkedHashMap<>(get);
            post.put("operationId", get.get("operationId") + "Post");
            Map<String, Object> properties = new LinkedHashMap<>();
            q.params().forEach(p -> properties.put(p.name(), ParamSchemas.schema(p)));
            Map<String, Object> schema = Map.of("type", "object", "properties", properties);
            post.put(
                    "requestBody",
                    Map.of(
                            "content",
                            Map.of(
                                    "application/x-www-form-urlencoded",
                                    Map.of("schema", schema),
                                    "application/json",
                                    Map.of("schema", schema))));
            item.put("post", post);
        }
        return item;
    }
}
