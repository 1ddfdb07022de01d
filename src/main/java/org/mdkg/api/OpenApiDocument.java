package org.mdkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdkg.base.Version;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryParam;

/**
 * The OpenAPI 3.1 description of the API, generated from {@link ResourceCatalog} and the query library:
 * one path per resource route and per named query, every parameter with its type, enum, default and example.
 */
final class OpenApiDocument {
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiDocument() {}

    /** The example rows of a query's header example, as rows or (for a resource route) as resources. */
    interface Examples {
        List<Map<String, Object>> of(NamedQuery query, boolean asResources);
    }

    static Map<String, Object> build(QueryLibrary library, QueryColumns columns, Examples examples) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", info());
        doc.put("servers", List.of(Map.of("url", "/", "description", "this mdkg")));
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        for (ListRoute r : ResourceCatalog.LISTS) {
            library.find(r.query()).ifPresent(q -> {
                String page = itemSchemas(q, columns, schemas);
                Object example = page(examples.of(q, true));
                paths.put(r.path(), Map.of("get", listOperation(r.path(), r.tag(), r.summary(), q, page, example)));
                tags.add(r.tag());
            });
        }
        for (DetailRoute r : ResourceCatalog.DETAILS) {
            if (library.find(r.query()).isPresent()) {
                paths.put(
                        r.openApiPath(), Map.of("get", detailOperation(r, detailSchema(r, library, columns, schemas))));
                tags.add(r.tag());
            }
        }
        paths.put("/api/queries", Map.of("get", catalogueOperation()));
        for (NamedQuery q : library.all()) {
            String name = RowSchemas.name(q.id());
            schemas.put(name + "Row", RowSchemas.row(columns.of(q)));
            schemas.put(name + "Page", RowSchemas.page(RowSchemas.ref(name + "Row")));
            String path = "/api/queries/" + q.id();
            Object example = page(examples.of(q, false));
            paths.put(
                    path,
                    GrlcOperations.pathItem(
                            q, listOperation(path, "queries", q.summary(), q, RowSchemas.ref(name + "Page"), example)));
        }
        tags.add("queries");
        paths.putAll(OpenApiWrites.paths());
        tags.add("writes");
        doc.put("security", List.of());
        doc.put(
                "tags",
                tags.stream()
                        .map(t -> Map.of("name", t, "description", "Routes about " + t))
                        .toList());
        doc.put("paths", paths);
        doc.put("components", OpenApiComponents.components(schemas));
        return doc;
    }

    /** Adds the resource and page schemas of a resource list's query; gives the page's reference. */
    private static String itemSchemas(NamedQuery q, QueryColumns columns, Map<String, Object> schemas) {
        String name = itemSchema(q, columns, schemas);
        schemas.put(name + "Page", RowSchemas.page(RowSchemas.ref(name)));
        return RowSchemas.ref(name + "Page");
    }

    /** Adds the resource schema of a query's rows; gives its name. */
    private static String itemSchema(NamedQuery q, QueryColumns columns, Map<String, Object> schemas) {
        String name = RowSchemas.name(q.id()) + "Item";
        schemas.put(
                name, RowSchemas.item(columns.of(q), q.query().getResultVars().get(0)));
        return name;
    }

    /** Adds the schema of a single resource with its nested lists; gives its reference. */
    private static String detailSchema(
            DetailRoute r, QueryLibrary library, QueryColumns columns, Map<String, Object> schemas) {
        NamedQuery main = library.find(r.query()).orElseThrow();
        Map<String, Object> schema =
                RowSchemas.item(columns.of(main), main.query().getResultVars().get(0));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) schema.get("properties");
        for (Part part : r.parts()) {
            library.find(part.query())
                    .ifPresent(q -> props.put(
                            part.key(),
                            Map.of(
                                    "type",
                                    "array",
                                    "items",
                                    Map.of("$ref", RowSchemas.ref(itemSchema(q, columns, schemas))))));
        }
        String name = RowSchemas.name(r.query()) + "Resource";
        schemas.put(name, schema);
        return RowSchemas.ref(name);
    }

    /** A page of the example rows, as the API would send it; null without rows. */
    private static Object page(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", null);
        page.put("limit", rows.size());
        page.put("offset", 0);
        page.put("links", Map.of());
        page.put("items", rows);
        return page;
    }

    private static Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "mdkg — Migration Dialogues Knowledge Graph API");
        info.put("version", Version.current());
        info.put(
                "description",
                "Read-only REST API over the migration dialogues knowledge graph. Every endpoint is "
                        + "backed by a named SPARQL query (see /api/queries); the same data answers SPARQL at /sparql. "
                        + "Lists are paged with limit/offset and RFC 8288 Link headers; formats by Accept or ?format= "
                        + "(json, jsonld, csv; ttl for single resources); errors are RFC 9457 problem details.");
        info.put(
                "license", Map.of("name", "CC BY 4.0 (curated data; see data/LICENSES.md)", "identifier", "CC-BY-4.0"));
        return info;
    }

    private static Map<String, Object> listOperation(
            String path, String tag, String summary, NamedQuery q, String pageRef, Object example) {
        boolean isResource = !path.startsWith("/api/queries/");
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(tag));
        op.put("operationId", operationId(path));
        op.put("summary", summary);
        op.put(
                "description",
                (q.description() == null ? q.summary() : q.description())
                        + (isResource ? "" : "\n\nSPARQL:\n\n```sparql\n" + q.text() + "\n```"));
        List<Object> params = new ArrayList<>();
        Map<String, List<String>> examples = ExampleQueries.params(q);
        for (QueryParam p : q.params()) {
            params.add(parameter(p, examples.get(p.name())));
        }
        for (String reserved : List.of("limit", "offset", "format", "lang")) {
            if (q.params().stream().noneMatch(p -> p.name().equals(reserved))) {
                params.add(Map.of("$ref", "#/components/parameters/" + reserved));
            }
        }
        op.put("parameters", params);
        op.put("security", List.of());
        op.put("responses", OpenApiComponents.listResponses(isResource, pageRef, example));
        return op;
    }

    private static Map<String, Object> detailOperation(DetailRoute r, String itemRef) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(r.tag()));
        op.put("operationId", operationId(r.openApiPath()));
        op.put("summary", r.summary());
        op.put(
                "description",
                r.summary() + ". Nested lists: "
                        + String.join(", ", r.parts().stream().map(Part::key).toList()) + ".");
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("name", r.id().name());
        id.put("in", "path");
        id.put("required", true);
        id.put("description", r.id().description());
        id.put("schema", Map.of("type", "string"));
        id.put("example", r.id().example());
        op.put(
                "parameters",
                List.of(
                        id,
                        Map.of("$ref", "#/components/parameters/format"),
                        Map.of("$ref", "#/components/parameters/lang")));
        op.put("security", List.of());
        op.put("responses", OpenApiComponents.detailResponses(itemRef));
        return op;
    }

    private static Map<String, Object> catalogueOperation() {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of("queries"));
        op.put("operationId", "listQueries");
        op.put("summary", "The catalogue of named queries: id, summary, tags, parameters, example and SPARQL text");
        op.put("security", List.of());
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(
                "200",
                Map.of(
                        "description",
                        "The catalogue",
                        "content",
                        Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
        responses.put("400", Map.of("$ref", "#/components/responses/BadRequest"));
        op.put("responses", responses);
        return op;
    }

    static Map<String, Object> parameter(QueryParam p, Object headerExample) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("name", p.name());
        param.put("in", "query");
        param.put("required", p.isRequired() && p.defaultValue() == null);
        param.put("description", ParamSchemas.describe(p));
        param.put("schema", ParamSchemas.schema(p));
        if (p.isList()) {
            param.put("style", "form");
            param.put("explode", true);
        }
        Object example = p.example() != null ? p.example() : headerExample;
        if (example != null) {
            param.put("example", ParamSchemas.example(p, example));
        }
        return param;
    }

    private static String operationId(String path) {
        StringBuilder id = new StringBuilder("get");
        for (String part : path.replace("/api/", "").split("[/{}<>-]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
