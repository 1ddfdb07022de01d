package org.mdkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of rows as {@link ItemShaper} writes them: a named query's row (one property per column), a
 * resource (its {@code id}, {@code iri} and {@code label}, then the other columns), a page of either, and the one
 * {@code Reference} every IRI-valued column points to.
 */
final class RowSchemas {
    private RowSchemas() {}

    /** A schema name from a query id or path: {@code unimplemented-commitments} gives {@code UnimplementedCommitments}. */
    static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    static String ref(String name) {
        return "#/components/schemas/" + name;
    }

    /** A named query's row. */
    static Map<String, Object> row(Map<String, ColumnType> columns) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        columns.forEach((v, type) -> {
            props.put(v, type.schema());
            if (type.isRequired()) {
                required.add(v);
            }
        });
        return object(props, required);
    }

    /** A resource made from a row whose first column is {@code first}. */
    static Map<String, Object> item(Map<String, ColumnType> columns, String first) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        props.put("id", Map.of("type", "string", "description", "the slug after the kind in the IRI"));
        props.put("iri", Map.of("type", "string", "format", "uri"));
        ColumnType subject = columns.get(first);
        if (subject != null && subject.isRequired()) {
            required.addAll(List.of("id", "iri"));
        }
        columns.forEach((v, type) -> {
            if (!v.equals(first)) {
                props.put(v, type.schema());
                if (type.isRequired()) {
                    required.add(v);
                }
            }
        });
        return object(props, required);
    }

    /** A page whose items are {@code itemRef}. */
    static Map<String, Object> page(String itemRef) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(
                "total",
                Map.of("type", List.of("integer", "null"), "description", "rows in the whole result, null if unknown"));
        props.put("limit", Map.of("type", "integer"));
        props.put("offset", Map.of("type", "integer"));
        props.put(
                "links",
                Map.of(
                        "type",
                        "object",
                        "description",
                        "first, prev, next and last page",
                        "additionalProperties",
                        Map.of("type", "string")));
        props.put("items", Map.of("type", "array", "items", Map.of("$ref", itemRef)));
        return object(props, List.of("total", "limit", "offset", "links", "items"));
    }

    static Map<String, Object> reference() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", Map.of("type", "string", "description", "the slug after the kind in the IRI"));
        props.put("iri", Map.of("type", "string", "format", "uri"));
        props.put(
                "label",
                Map.of(
                        "type",
                        "string",
                        "description",
                        "in the requested language (lang or Accept-Language), else English, else any; else the id"));
        Map<String, Object> schema = object(props, List.of("id", "iri", "label"));
        schema.put("description", "A resource another value points to");
        return schema;
    }

    static Map<String, Object> object(Map<String, Object> props, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", props);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }
}
