package org.mdkg.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.query.ParamType;
import org.mdkg.query.QueryParam;

/** JSON Schema (2020-12, as OpenAPI 3.1 uses it) for a named query's parameter. */
final class ParamSchemas {
    private ParamSchemas() {}

    static Map<String, Object> schema(QueryParam p) {
        Map<String, Object> one = new LinkedHashMap<>(single(p));
        if (p.type() != ParamType.ENUM && !p.values().isEmpty()) {
            // grlc's enumerate: the values given in the header or filled from the data at start-up
            one.put("enum", p.values().stream().map(v -> typed(p.type(), v)).toList());
        }
        if (p.defaultValue() != null && !p.isList()) {
            one.put("default", typed(p.type(), p.defaultValue()));
        }
        if (!p.isList()) {
            return one;
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("type", "array");
        list.put("items", one);
        if (p.defaultValue() != null) {
            list.put("default", List.of(typed(p.type(), p.defaultValue())));
        }
        return list;
    }

    private static Map<String, Object> single(QueryParam p) {
        return switch (p.type()) {
            case ENUM -> p.values().isEmpty() ? Map.of("type", "string") : Map.of("type", "string", "enum", p.values());
            case INTEGER -> Map.of("type", "integer");
            case DECIMAL -> Map.of("type", "number");
            case DATE -> Map.of("type", "string", "format", "date");
            case BOOLEAN -> Map.of("type", "boolean");
            case IRI, STRING, LANG_STRING -> Map.of("type", "string");
        };
    }

    static String describe(QueryParam p) {
        StringBuilder d = new StringBuilder(p.description() == null ? p.name() : p.description());
        d.append(" (").append(p.type().label());
        if (p.prefix() != null) {
            d.append("; a slug is read against ").append(p.prefix());
        }
        if (p.lang() != null) {
            d.append("; language ").append(p.lang());
        }
        if (p.datatype() != null) {
            d.append("; datatype ").append(p.datatype());
        }
        if (p.isList()) {
            d.append("; repeat the parameter for several values");
        }
        return d.append(')').toString();
    }

    /** The example in the schema's shape: a list for list parameters, a typed value otherwise. */
    static Object example(QueryParam p, Object example) {
        List<?> values = example instanceof List<?> l ? l : List.of(example);
        if (values.isEmpty()) {
            return null;
        }
        List<Object> typed =
                values.stream().map(v -> typed(p.type(), String.valueOf(v))).toList();
        return p.isList() ? typed : typed.get(0);
    }

    private static Object typed(ParamType type, String text) {
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(text);
                case DECIMAL -> new BigDecimal(text);
                case BOOLEAN -> Boolean.parseBoolean(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
