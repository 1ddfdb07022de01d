package org.mdkg.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.mdkg.base.MdkgException;
import org.mdkg.http.Problems;

/**
 * Tool answers: a JSON body as text (what an assistant reads) and as structured content; a failure as a tool error
 * whose text is the problem details {@code /api} or {@code /sparql} would have sent, so the assistant sees which
 * parameter or limit it broke.
 */
final class ToolResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolResults() {}

    static CallToolResult json(Map<String, Object> body) {
        return CallToolResult.builder()
                .addTextContent(text(body))
                .structuredContent(body)
                .build();
    }

    /** {@code failure} as mdkg's problem details (an unexpected one is logged once, as on {@code /api}). */
    static CallToolResult problem(RuntimeException failure, String tool) {
        MdkgException e = Problems.classify(failure, "MCP tool " + tool);
        Map<String, Object> body = Problems.body(e, McpEndpoint.PATH);
        return CallToolResult.builder()
                .addTextContent(text(body))
                .structuredContent(body)
                .isError(true)
                .build();
    }

    private static String text(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a tool result", e);
        }
    }
}
