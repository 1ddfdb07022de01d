package org.mdkg.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * The parameters of a named query sent by {@code POST} (grlc's {@code method: POST}): those of the query string,
 * then those of the body — an HTML form ({@code application/x-www-form-urlencoded}) or a JSON object whose values
 * are strings, numbers, booleans or arrays of them.
 */
final class PostedParams {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PostedParams() {}

    static Map<String, List<String>> of(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            // the servlet has read the form already (a filter asked for a parameter): its map holds both parts
            ctx.req().getParameterMap().forEach((k, v) -> params.put(k, List.of(v)));
        } else if (type.startsWith("application/json")) {
            params.putAll(json(ctx.body()));
        } else if (!ctx.body().isBlank()) {
            throw new MdkgException(
                    ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "send the parameters as application/x-www-form-urlencoded or application/json");
        }
        return params;
    }

    private static Map<String, List<String>> json(String body) {
        JsonNode root;
        try {
            root = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "the body is not JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "the body must be a JSON object of parameter: value");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            for (JsonNode v : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
                if (!v.isValueNode() || v.isNull()) {
                    throw MdkgException.badParameter(
                            e.getKey(), "parameter '" + e.getKey() + "' must be text, a number or true/false");
                }
                values.add(v.asText());
            }
            params.put(e.getKey(), values);
        });
        return params;
    }
}
