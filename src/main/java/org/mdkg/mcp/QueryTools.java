package org.mdkg.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mdkg.api.NamedQueryCalls;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.PageRequest;

/**
 * A named query as an MCP tool: its id is the tool's name, its summary the title, its description the description, its
 * parameters (with {@code limit} and {@code offset}) the input schema; a call answers the body
 * {@code GET /api/queries/{id}} sends for the same parameters.
 */
final class QueryTools {
    private QueryTools() {}

    /** @param current the query as the library holds it at the call (its enumerated values follow the store) */
    static SyncToolSpecification of(
            NamedQuery query, Supplier<NamedQuery> current, NamedQueryCalls calls, int paramMaxChars) {
        Tool tool = Tool.builder()
                .name(query.id())
                .title(query.summary())
                .description(description(query))
                .inputSchema(NamedQueryCalls.inputSchema(query))
                .annotations(readOnly(query.summary()))
                .build();
        return new SyncToolSpecification(
                tool, (context, request) -> call(current.get(), calls, request.arguments(), paramMaxChars));
    }

    static ToolAnnotations readOnly(String title) {
        return new ToolAnnotations(title, true, false, true, false, null);
    }

    private static String description(NamedQuery query) {
        String d = query.description() == null || query.description().isBlank() ? query.summary() : query.description();
        return d + " (REST: GET /api/queries/" + query.id() + ")";
    }

    private static CallToolResult call(
            NamedQuery query, NamedQueryCalls calls, Map<String, Object> arguments, int paramMaxChars) {
        try {
            Map<String, List<String>> raw = new LinkedHashMap<>();
            (arguments == null ? Map.<String, Object>of() : arguments).forEach((k, v) -> raw.put(k, values(v)));
            NamedQueryCalls.refuseLong(raw, paramMaxChars);
            Map<String, List<String>> params = new LinkedHashMap<>();
            String limit = null;
            String offset = null;
            for (Map.Entry<String, List<String>> a : raw.entrySet()) {
                boolean declared =
                        query.params().stream().anyMatch(p -> p.name().equals(a.getKey()));
                String first = a.getValue().isEmpty() ? null : a.getValue().get(0);
                if (!declared && a.getKey().equals("limit")) {
                    limit = first;
                } else if (!declared && a.getKey().equals("offset")) {
                    offset = first;
                } else {
                    params.put(a.getKey(), a.getValue());
                }
            }
            return ToolResults.json(calls.call(query, params, PageRequest.parse(limit, offset)));
        } catch (RuntimeException e) {
            return ToolResults.problem(e, query.id());
        }
    }

    /** An argument as the query-string values REST would receive: a list's items, or the one value, as text. */
    private static List<String> values(Object value) {
        List<?> items = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
        return items.stream().map(String::valueOf).toList();
    }
}
