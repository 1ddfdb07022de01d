package org.mdkg.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON type of one column of a named query's rows, as {@link ColumnTypes} derives it: a kind, whether the column
 * is a list (a {@code GROUP_CONCAT} split on its {@code separator}) and whether every row has it.
 */
record ColumnType(Kind kind, boolean isList, String separator, boolean isRequired) {

    /** What one value of a column is in JSON. */
    enum Kind {
        /** An IRI: {@code {id, iri, label}}. */
        REFERENCE,
        STRING,
        /** A JSON number without fraction (xsd:integer and its subtypes). */
        INTEGER,
        /** xsd:decimal, as a JSON string of the exact value (a JSON number would pass through a double). */
        DECIMAL,
        /** xsd:double and xsd:float, as a JSON number. */
        DOUBLE,
        BOOLEAN,
        /** xsd:date as {@code YYYY-MM-DD}. */
        DATE,
        DATE_TIME
    }

    static final String REFERENCE_SCHEMA = "#/components/schemas/Reference";

    static ColumnType of(Kind kind) {
        return new ColumnType(kind, false, null, false);
    }

    ColumnType asList(String sep) {
        return new ColumnType(kind, true, sep, true);
    }

    ColumnType required() {
        return new ColumnType(kind, isList, separator, true);
    }

    /** The JSON Schema (2020-12) of the column's values. */
    Map<String, Object> schema() {
        Map<String, Object> one = valueSchema(kind);
        if (!isList) {
            return one;
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("type", "array");
        list.put("items", one);
        return list;
    }

    private static Map<String, Object> valueSchema(Kind kind) {
        return switch (kind) {
            case REFERENCE -> Map.of("$ref", REFERENCE_SCHEMA);
            case STRING -> Map.of("type", "string");
            case INTEGER -> Map.of("type", "integer");
            case DECIMAL ->
                Map.of(
                        "type",
                        "string",
                        "format",
                        "decimal",
                        "pattern",
                        "^-?[0-9]+(\\.[0-9]+)?$",
                        "description",
                        "an exact decimal number, as text");
            case DOUBLE -> Map.of("type", "number");
            case BOOLEAN -> Map.of("type", "boolean");
            case DATE -> Map.of("type", "string", "format", "date");
            case DATE_TIME -> Map.of("type", "string", "format", "date-time");
        };
    }
}
