package org.mdkg.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.mdkg.query.QueryRunner;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.Prefixes;

/**
 * The entities as resources: {@code https://w3id.org/mdkg/id/{+path}} reads as the Turtle of the entity's own
 * triples from all named graphs, the triples {@code /id/{path}} and {@code /api/…} with {@code Accept: text/turtle}
 * give; an IRI with no triples is the protocol's "resource not found".
 */
final class EntityResources {
    static final String TEMPLATE = MDKG.ID + "{+path}";

    private EntityResources() {}

    static SyncResourceTemplateSpecification of(QueryRunner runner) {
        ResourceTemplate template = ResourceTemplate.builder(TEMPLATE, "entity")
                .title("An mdkg entity")
                .description("A dialogue, commitment, state, framework, document… by its IRI, e.g. " + MDKG.ID
                        + "process/rabat; its triples as Turtle")
                .mimeType("text/turtle")
                .build();
        return new SyncResourceTemplateSpecification(template, (context, request) -> read(runner, request.uri()));
    }

    private static ReadResourceResult read(QueryRunner runner, String uri) {
        Graph graph = runner.describe(NodeFactory.createURI(uri));
        if (graph.isEmpty()) {
            throw McpError.RESOURCE_NOT_FOUND.apply(uri);
        }
        graph.getPrefixMapping().setNsPrefixes(Prefixes.map());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        return new ReadResourceResult(
                List.of(new TextResourceContents(uri, "text/turtle", out.toString(StandardCharsets.UTF_8))));
    }
}
