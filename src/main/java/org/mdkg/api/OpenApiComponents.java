package org.mdkg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.query.PageRequest;

/** The shared parts of the OpenAPI document: paging and format parameters, schemas, error responses. */
final class OpenApiComponents {
    private OpenApiComponents() {}

    /** The components, with the row, resource and page {@code schemas} of the queries added to the shared ones. */
    static Map<String, Object> components(Map<String, Object> schemas) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(
                "parameters",
                Map.of(
                        "lang",
                                query(
                                        RequestLanguage.PARAM,
                                        "The language of labels (en, fr, …), instead of Accept-Language; labels "
                                                + "fall back to English, then to any language",
                                        Map.of("type", "string", "pattern", "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")),
                        "limit",
                                query(
                                        "limit",
                                        "Rows per page (1 to " + PageRequest.MAX_LIMIT + ")",
                                        Map.of(
                                                "type",
                                                "integer",
                                                "minimum",
                                                1,
                                                "maximum",
                                                PageRequest.MAX_LIMIT,
                                                "default",
                                                PageRequest.DEFAULT_LIMIT)),
                        "offset",
                                query("offset", "Rows to skip", Map.of("type", "integer", "minimum", 0, "default", 0)),
                        "format",
                                query(
                                        "format",
                                        "Representation, instead of the Accept header (ttl: single resources only)",
                                        Map.of(
                                                "type",
                                                "string",
                                                "enum",
                                                List.of("json", "jsonld", "csv", "ttl"),
                                                "default",
                                                "json"))));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("Problem", problem());
        all.put("Reference", RowSchemas.reference());
        all.putAll(schemas);
        c.put("schemas", all);
        c.put("securitySchemes", OpenApiWrites.securitySchemes());
        c.put(
                "responses",
                Map.of(
                        "BadRequest", error("A parameter is missing, unknown or badly typed; `parameter` names it"),
                        "NotFound", error("No resource with this id"),
                        "Timeout", error("The query ran past the time limit"),
                        "Unauthorized", error("No or wrong credentials for a write"),
                        "Forbidden", error("Writes are off (MDKG_WRITES) or the write touches a protected graph")));
        return c;
    }

    static Map<String, Object> listResponses(boolean isResource, String pageRef, Object example) {
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", "One page of results; Link headers give first, prev, next and last");
        ok.put(
                "headers",
                Map.of(
                        "Link",
                                header(
                                        "RFC 8288 links to the first, previous, next and (when the total is known) last page"),
                        "ETag", header("Changes when the data changes"),
                        "X-Total-Count", header("Rows in the whole result, when known")));
        ok.put(
                "content",
                Map.of(
                        "application/json", json(pageRef, example),
                        "application/ld+json", Map.of("schema", Map.of("type", "object")),
                        "text/csv", Map.of("schema", Map.of("type", "string"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", ok);
        responses.put("304", Map.of("description", "Not modified (If-None-Match matched the ETag)"));
        responses.put("400", Map.of("$ref", "#/components/responses/BadRequest"));
        if (!isResource) {
            responses.put("404", Map.of("$ref", "#/components/responses/NotFound"));
        }
        responses.put("503", Map.of("$ref", "#/components/responses/Timeout"));
        return responses;
    }

    static Map<String, Object> detailResponses(String itemRef) {
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", "The resource with its nested lists");
        ok.put("headers", Map.of("ETag", header("Changes when the data changes")));
        ok.put(
                "content",
                Map.of(
                        "application/json", json(itemRef, null),
                        "application/ld+json", Map.of("schema", Map.of("type", "object")),
                        "text/csv", Map.of("schema", Map.of("type", "string")),
                        "text/turtle", Map.of("schema", Map.of("type", "string"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", ok);
        responses.put("304", Map.of("description", "Not modified (If-None-Match matched the ETag)"));
        responses.put("400", Map.of("$ref", "#/components/responses/BadRequest"));
        responses.put("404", Map.of("$ref", "#/components/responses/NotFound"));
        responses.put("503", Map.of("$ref", "#/components/responses/Timeout"));
        return responses;
    }

    /** A JSON body of schema {@code ref}, with the header's example when there is one. */
    private static Map<String, Object> json(String ref, Object example) {
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("schema", Map.of("$ref", ref));
        if (example != null) {
            media.put("example", example);
        }
        return media;
    }

    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        return Map.of("name", name, "in", "query", "required", false, "description", description, "schema", schema);
    }

    private static Map<String, Object> header(String description) {
        return Map.of("description", description, "schema", Map.of("type", "string"));
    }

    private static Map<String, Object> error(String description) {
        return Map.of(
                "description",
                description,
                "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
    }

    private static Map<String, Object> problem() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("type", Map.of("type", "string"));
        props.put("title", Map.of("type", "string"));
        props.put("status", Map.of("type", "integer"));
        props.put("detail", Map.of("type", "string"));
        props.put("instance", Map.of("type", "string"));
        props.put("parameter", Map.of("type", "string", "description", "the request parameter at fault"));
        return Map.of(
                "type",
                "object",
                "description",
                "RFC 9457 problem details",
                "properties",
                props,
                "required",
                List.of("type", "title", "status"));
    }
}
