package org.mdkg.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.system.Txn;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Limits;
import org.mdkg.sandbox.CappedAnswer;
import org.mdkg.sandbox.ClientQuery;
import org.mdkg.store.Store;
import org.mdkg.vocab.Prefixes;

/**
 * The {@code sparql} tool: one SPARQL query over the store, with the limits of {@code /sparql} because it goes
 * through the same code — parsed by {@link ClientQuery} (size, syntax, number of elements), run over the same dataset,
 * whose context carries the time limit, the refusal of {@code SERVICE} and the bounded regular expressions, and
 * computed whole by {@link CappedAnswer} (cut at the row cap, and saying so). Updates ({@code LOAD}, {@code INSERT}…)
 * are not queries and fail to parse. SELECT and ASK answer SPARQL JSON results; CONSTRUCT and DESCRIBE Turtle (TriG
 * when named graphs are built).
 */
final class SparqlTool {
    private SparqlTool() {}

    static SyncToolSpecification of(Store store, Limits limits) {
        Tool tool = Tool.builder()
                .name("sparql")
                .title("Run a SPARQL query")
                .description("Runs one SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over mdkg, as /sparql does: "
                        + "the default graph is the union of all named graphs; prefixes mdkg: (ontology) and the "
                        + "instances under https://w3id.org/mdkg/id/; read-only, no SERVICE; at most "
                        + limits.resultMaxRows() + " rows (the answer says when it was cut), within the time limit.")
                .inputSchema(Map.of(
                        "type",
                        "object",
                        "properties",
                        Map.of("query", Map.of("type", "string", "description", "the SPARQL query text")),
                        "required",
                        List.of("query"),
                        "additionalProperties",
                        false))
                .annotations(QueryTools.readOnly("Run a SPARQL query"))
                .build();
        return new SyncToolSpecification(
                tool, (context, request) -> call(store.dataset(), limits, request.arguments()));
    }

    private static CallToolResult call(DatasetGraph dsg, Limits limits, Map<String, Object> arguments) {
        try {
            if (arguments == null || !(arguments.get("query") instanceof String text)) {
                throw MdkgException.badParameter("query", "the query text is missing (argument \"query\", a string)");
            }
            Query query = ClientQuery.parse(text, limits);
            CallToolResult.Builder result = CallToolResult.builder();
            String answer = Txn.calculateRead(dsg, () -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                    CappedAnswer a = CappedAnswer.compute(exec, query, limits.resultMaxRows());
                    if (a.truncated()) {
                        result.addTextContent("The answer was cut at " + limits.resultMaxRows()
                                + " rows (MDKG_RESULT_MAX_ROWS); page with LIMIT and OFFSET for the rest.");
                    }
                    return text(a.result());
                }
            });
            return result.addTextContent(answer).build();
        } catch (QueryDeniedException e) {
            return ToolResults.problem(
                    new MdkgException(ErrorKind.BAD_INPUT, "federated queries (SERVICE) are refused on mdkg"),
                    "sparql");
        } catch (RuntimeException e) {
            return ToolResults.problem(e, "sparql");
        }
    }

    private static String text(QueryExecResult r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.isRowSet()) {
            ResultSetMgr.write(out, ResultSet.adapt(r.rowSet()), ResultSetLang.RS_JSON);
        } else if (r.isBoolean()) {
            ResultSetMgr.write(out, r.booleanResult(), ResultSetLang.RS_JSON);
        } else if (r.isGraph()) {
            turtle(out, r.graph());
        } else if (r.isDataset()) {
            DatasetGraph built = r.dataset();
            if (built.listGraphNodes().hasNext()) {
                built.getDefaultGraph().getPrefixMapping().setNsPrefixes(Prefixes.map());
                RDFDataMgr.write(out, built, Lang.TRIG);
            } else {
                turtle(out, built.getDefaultGraph());
            }
        } else if (r.isJson()) {
            JsonArray items = new JsonArray();
            r.jsonItems().forEachRemaining(items::add);
            return JSON.toString(items);
        } else {
            throw new MdkgException(ErrorKind.BAD_INPUT, "the query gives no result this tool can send");
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void turtle(ByteArrayOutputStream out, Graph graph) {
        graph.getPrefixMapping().setNsPrefixes(Prefixes.map());
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
    }
}
