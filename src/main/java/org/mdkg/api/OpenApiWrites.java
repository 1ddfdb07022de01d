package org.mdkg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The write routes in the OpenAPI document — {@code POST /update} (SPARQL Update) and {@code PUT}/{@code POST}/
 * {@code DELETE /data?graph=} (Graph Store Protocol) — each requiring a bearer token or Basic credentials (off unless
 * {@code MDKG_WRITES=on}), and the security schemes they name.
 */
final class OpenApiWrites {
    static final List<Map<String, List<String>>> SECURITY =
            List.of(Map.of("bearerAuth", List.of()), Map.of("basicAuth", List.of()));

    private OpenApiWrites() {}

    static Map<String, Object> securitySchemes() {
        Map<String, Object> schemes = new LinkedHashMap<>();
        schemes.put(
                "bearerAuth",
                Map.of(
                        "type",
                        "http",
                        "scheme",
                        "bearer",
                        "description",
                        "The token of MDKG_WRITE_TOKEN, as Authorization: Bearer <token>"));
        schemes.put(
                "basicAuth",
                Map.of(
                        "type",
                        "http",
                        "scheme",
                        "basic",
                        "description",
                        "MDKG_WRITE_USER and MDKG_WRITE_PASSWORD, as Authorization: Basic"));
        return schemes;
    }

    /** The write paths. */
    static Map<String, Object> paths() {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put(
                "/update",
                Map.of(
                        "post",
                        operation(
                                "sparqlUpdate",
                                "Run a SPARQL 1.1 Update (the changed data must pass the SHACL shapes)",
                                List.of(),
                                body(Map.of(
                                        "application/sparql-update", text(),
                                        "application/x-www-form-urlencoded",
                                                Map.of(
                                                        "schema",
                                                        Map.of(
                                                                "type",
                                                                "object",
                                                                "properties",
                                                                Map.of("update", Map.of("type", "string")),
                                                                "required",
                                                                List.of("update"))))))));
        Map<String, Object> graph = new LinkedHashMap<>();
        List<Object> graphParam = List.of(Map.of(
                "name",
                "graph",
                "in",
                "query",
                "required",
                true,
                "description",
                "the IRI of the named graph",
                "schema",
                Map.of("type", "string", "format", "uri")));
        Map<String, Object> rdf = body(Map.of("text/turtle", text(), "application/n-triples", text()));
        graph.put("put", operation("replaceGraph", "Replace a named graph (Graph Store Protocol)", graphParam, rdf));
        graph.put(
                "post",
                operation("addToGraph", "Add triples to a named graph (Graph Store Protocol)", graphParam, rdf));
        graph.put("delete", operation("deleteGraph", "Delete a named graph (Graph Store Protocol)", graphParam, null));
        paths.put("/data", graph);
        return paths;
    }

    private static Map<String, Object> operation(
            String id, String summary, List<Object> params, Map<String, Object> requestBody) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of("writes"));
        op.put("operationId", id);
        op.put("summary", summary);
        op.put("security", SECURITY);
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (requestBody != null) {
            op.put("requestBody", requestBody);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(
                "200",
                Map.of(
                        "description",
                        "The change record",
                        "content",
                        Map.of("application/json", Map.of("schema", change()))));
        responses.put("400", Map.of("$ref", "#/components/responses/BadRequest"));
        responses.put("401", Map.of("$ref", "#/components/responses/Unauthorized"));
        responses.put("403", Map.of("$ref", "#/components/responses/Forbidden"));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> change() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("change", Map.of("type", "string", "description", "the change's id in /api/changes"));
        props.put("author", Map.of("type", "string"));
        props.put("added", Map.of("type", "integer"));
        props.put("removed", Map.of("type", "integer"));
        props.put("graphs", Map.of("type", "array", "items", Map.of("type", "string")));
        props.put("summary", Map.of("type", "string"));
        props.put("sha256", Map.of("type", "string"));
        return RowSchemas.object(props, List.of("change", "added", "removed"));
    }

    private static Map<String, Object> body(Map<String, Object> content) {
        return Map.of("required", true, "content", content);
    }

    private static Map<String, Object> text() {
        return Map.of("schema", Map.of("type", "string"));
    }
}
