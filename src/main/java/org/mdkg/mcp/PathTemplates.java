package org.mdkg.mcp;

import io.modelcontextprotocol.util.DefaultMcpUriTemplateManager;
import io.modelcontextprotocol.util.McpUriTemplateManager;
import io.modelcontextprotocol.util.McpUriTemplateManagerFactory;
import java.util.List;
import java.util.Map;

/**
 * URI templates with RFC 6570's reserved expansion as the last part ({@code …/id/{+path}}), whose value may hold
 * slashes ({@code process/rabat}, {@code document/d/part-1}); the SDK's own manager matches one path segment per
 * variable, so other templates are left to it.
 */
final class PathTemplates implements McpUriTemplateManagerFactory {
    @Override
    public McpUriTemplateManager create(String template) {
        int brace = template.indexOf("{+");
        if (brace < 0 || !template.endsWith("}")) {
            return new DefaultMcpUriTemplateManager(template);
        }
        return new Tail(template.substring(0, brace), template.substring(brace + 2, template.length() - 1));
    }

    /** A fixed prefix, then one variable taking the rest of the URI. */
    private record Tail(String prefix, String variable) implements McpUriTemplateManager {
        @Override
        public List<String> getVariableNames() {
            return List.of(variable);
        }

        @Override
        public Map<String, String> extractVariableValues(String uri) {
            return matches(uri) ? Map.of(variable, uri.substring(prefix.length())) : Map.of();
        }

        @Override
        public boolean matches(String uri) {
            return uri.startsWith(prefix) && uri.length() > prefix.length();
        }

        @Override
        public boolean isUriTemplate(String uri) {
            return uri.contains("{");
        }
    }
}
