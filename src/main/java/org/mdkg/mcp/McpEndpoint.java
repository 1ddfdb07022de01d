package org.mdkg.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import jakarta.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.List;
import org.mdkg.api.NamedQueryCalls;
import org.mdkg.base.Version;
import org.mdkg.config.Limits;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.store.Store;

/**
 * Builds the MCP server: the SDK's stateless streamable-HTTP transport (every request a {@code POST} answered with one
 * JSON message; no sessions and no event stream, so nothing holds an admission slot between calls), the tools of the
 * named queries and {@code sparql}, and the resource template of entities, behind {@link McpServlet}.
 */
public final class McpEndpoint {
    /** Where the server mounts it. */
    public static final String PATH = "/mcp";

    private McpEndpoint() {}

    /** The servlet answering {@link #PATH} over {@code store}, its named queries run through {@code calls}. */
    public static HttpServlet servlet(
            Store store, QueryLibrary library, QueryRunner runner, NamedQueryCalls calls, Limits limits) {
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(json)
                .messageEndpoint(PATH)
                .maxRequestSize((int) Math.min(Integer.MAX_VALUE / 2, 2 * limits.queryMaxBytes() + 65_536))
                .build();
        List<SyncToolSpecification> tools = new ArrayList<>();
        for (NamedQuery q : library.all()) {
            tools.add(QueryTools.of(q, () -> library.find(q.id()).orElse(q), calls, limits.paramMaxChars()));
        }
        tools.add(SparqlTool.of(store, limits));
        McpServer.sync(transport)
                .serverInfo("mdkg", Version.current())
                .instructions(INSTRUCTIONS)
                .capabilities(ServerCapabilities.builder()
                        .tools(false)
                        .resources(false, false)
                        .build())
                .jsonMapper(json)
                .jsonSchemaValidator(new DeclaredSchemas())
                .validateToolInputs(false)
                .immediateExecution(true)
                .uriTemplateManagerFactory(new PathTemplates())
                .tools(tools)
                .resourceTemplates(EntityResources.of(runner))
                .build();
        return new McpServlet(transport);
    }

    private static final String INSTRUCTIONS = "mdkg is the Migration Dialogues Knowledge Graph: the commitments that "
            + "the Rabat, Khartoum, Budapest and Prague processes and their members made, their frameworks (JVAP, GCM, "
            + "SDG), meetings, documents, assessments and evidence. Each named query is a tool (its parameters take "
            + "slugs such as process=rabat or full IRIs); `sparql` runs any SPARQL query within the limits of /sparql; "
            + "entities are resources under https://w3id.org/mdkg/id/ (Turtle).";
}
