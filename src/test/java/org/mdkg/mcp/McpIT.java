package org.mdkg.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdkg.TestServers;
import org.mdkg.api.BundledServer;
import org.mdkg.config.Limits;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.server.MdkgServer;

/** The MCP server at {@code /mcp} on the bundled data, through the MCP Java SDK's own client. */
class McpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BundledServer S = BundledServer.get();
    private static McpSyncClient client;

    @BeforeAll
    static void connect() {
        client = connect(S.server.baseUrl());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    static McpSyncClient connect(String baseUrl) {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        McpSyncClient c = McpClient.sync(HttpClientStreamableHttpTransport.builder(baseUrl)
                        .endpoint("/mcp")
                        .jsonMapper(json)
                        .build())
                .jsonSchemaValidator(new DeclaredSchemas())
                .build();
        c.initialize();
        return c;
    }

    @Test
    void the_client_lists_a_tool_for_every_named_query_and_one_for_sparql() {
        List<Tool> tools = client.listTools().tools();
        TreeSet<String> expected = QueryLibrary.load(java.nio.file.Path.of("queries")).all().stream()
                .map(NamedQuery::id)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("sparql");
        assertEquals(expected, tools.stream().map(Tool::name).collect(Collectors.toCollection(TreeSet::new)));
        Tool gaps = tools.stream()
                .filter(t -> t.name().equals("unimplemented-commitments"))
                .findFirst()
                .orElseThrow();
        assertTrue(gaps.description().contains("gap"), gaps.description());
        @SuppressWarnings("unchecked")
        Map<String, Object> process =
                ((Map<String, Map<String, Object>>) gaps.inputSchema().get("properties")).get("process");
        assertEquals("array", process.get("type"), "a list parameter takes an array: " + process);
        assertTrue(gaps.annotations().readOnlyHint());
    }

    @Test
    void the_unimplemented_commitments_of_the_rabat_process_come_through_a_tool_as_rest_gives_them()
            throws IOException {
        CallToolResult r = client.callTool(
                new CallToolRequest("unimplemented-commitments", Map.of("process", "rabat", "limit", 500)));
        assertFalse(Boolean.TRUE.equals(r.isError()), text(r));
        JsonNode body = JSON.readTree(text(r));
        JsonNode rest = S.json("/api/queries/unimplemented-commitments?process=rabat&limit=500");
        assertTrue(body.get("total").asInt() > 0, "the Rabat Process has unimplemented commitments: " + body);
        assertEquals(rest.get("total"), body.get("total"));
        assertEquals(rest.get("items"), body.get("items"));
        assertEquals(JSON.valueToTree(r.structuredContent()), body);
        for (JsonNode item : body.get("items")) {
            assertTrue(
                    item.at("/commitment/iri").asText().startsWith("https://w3id.org/mdkg/id/commitment/"),
                    item.toString());
        }
    }

    @Test
    void a_badly_typed_parameter_is_a_tool_error_naming_it() throws IOException {
        CallToolResult r = client.callTool(
                new CallToolRequest("unimplemented-commitments", Map.of("process", List.of("x> } ; DROP ALL ; #"))));
        assertTrue(r.isError(), text(r));
        JsonNode problem = JSON.readTree(text(r));
        assertEquals(400, problem.get("status").asInt());
        assertEquals("process", problem.get("parameter").asText());
    }

    @Test
    void the_sparql_tool_answers_sparql_json_results() throws IOException {
        CallToolResult r = client.callTool(new CallToolRequest(
                "sparql",
                Map.of(
                        "query",
                        "PREFIX mdkg: <https://w3id.org/mdkg/ontology#> "
                                + "SELECT (COUNT(?c) AS ?n) { ?c a mdkg:Commitment }")));
        assertFalse(Boolean.TRUE.equals(r.isError()), text(r));
        JsonNode results = JSON.readTree(text(r));
        assertTrue(results.at("/results/bindings/0/n/value").asInt() > 0, results.toString());
    }

    @Test
    void the_sparql_tool_refuses_service_updates_and_syntax_errors_as_sparql_does() throws IOException {
        JsonNode service = problem("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertEquals(400, service.get("status").asInt(), service.toString());
        assertTrue(service.get("detail").asText().contains("SERVICE"), service.toString());
        JsonNode load = problem("LOAD <http://example.org/data.ttl>");
        assertEquals(400, load.get("status").asInt());
        assertTrue(load.get("detail").asText().startsWith("SPARQL syntax error"), load.toString());
        JsonNode large = problem("SELECT * { ?s ?p ?o } #" + "x".repeat((int) Limits.DEFAULT_QUERY_MAX_BYTES));
        assertEquals(413, large.get("status").asInt(), large.toString());
    }

    @Test
    void the_sparql_tool_cuts_at_the_row_cap_and_says_so() throws IOException {
        Limits small = Limits.defaults().withResultMaxRows(3);
        try (MdkgServer capped = TestServers.start(
                        TestServers.settings(Files.createTempDirectory("mdkg-mcp-cap"))
                                .limits(small),
                        S.store);
                McpSyncClient c = connect(capped.baseUrl())) {
            CallToolResult r =
                    c.callTool(new CallToolRequest("sparql", Map.of("query", "SELECT * { ?s ?p ?o } LIMIT 10")));
            List<String> texts = texts(r);
            assertEquals(2, texts.size(), texts.toString());
            assertTrue(texts.get(0).contains("cut at 3 rows"), texts.get(0));
            assertEquals(3, JSON.readTree(texts.get(1)).at("/results/bindings").size());
        }
    }

    @Test
    void an_entity_reads_as_a_turtle_resource_and_an_unknown_one_is_not_found() {
        String rabat = "https://w3id.org/mdkg/id/process/rabat";
        var contents = client.readResource(new ReadResourceRequest(rabat)).contents();
        TextResourceContents turtle = (TextResourceContents) contents.get(0);
        assertEquals("text/turtle", turtle.mimeType());
        assertTrue(turtle.text().contains("Rabat"), turtle.text());
        assertEquals(
                "https://w3id.org/mdkg/id/{+path}",
                client.listResourceTemplates().resourceTemplates().get(0).uriTemplate());
        assertThrows(
                McpError.class,
                () -> client.readResource(new ReadResourceRequest("https://w3id.org/mdkg/id/process/atlantis")));
    }

    @Test
    void a_request_from_a_web_page_is_refused_and_no_answer_is_cached() throws Exception {
        HttpResponse<String> fromPage = post(S.server.baseUrl(), "http://evil.example");
        assertEquals(403, fromPage.statusCode(), fromPage.body());
        assertTrue(fromPage.body().contains("DNS rebinding"), fromPage.body());
        HttpResponse<String> ok = post(S.server.baseUrl(), null);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("no-store", ok.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void a_tools_call_as_plain_json_rpc_needs_no_session_as_docs_api_shows() throws Exception {
        HttpResponse<String> r = post(
                S.server.baseUrl(),
                null,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"unimplemented-commitments\",\"arguments\":{\"process\":[\"rabat\"]}}}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(
                JSON.readTree(r.body()).at("/result/content/0/text").asText());
        assertTrue(body.get("total").asInt() > 0, body.toString());
    }

    @Test
    void mcp_calls_count_against_the_clients_rate_like_queries() throws Exception {
        Limits d = Limits.defaults();
        Limits slow = d.withAdmission(d.clientConcurrency(), 1, d.maxConcurrent(), d.queueLength(), d.queueWait());
        try (MdkgServer limited = TestServers.start(
                TestServers.settings(Files.createTempDirectory("mdkg-mcp-rate")).limits(slow), S.store)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(post(limited.baseUrl(), null).statusCode());
            }
            assertTrue(statuses.contains(429), statuses.toString());
        }
    }

    /** A tools/list request as raw JSON-RPC over HTTP, with {@code origin} when not null. */
    private static HttpResponse<String> post(String baseUrl, String origin) throws Exception {
        return post(baseUrl, origin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
    }

    private static HttpResponse<String> post(String baseUrl, String origin, String message) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(message));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(String query) throws IOException {
        CallToolResult r = client.callTool(new CallToolRequest("sparql", Map.of("query", query)));
        assertTrue(r.isError(), text(r));
        return JSON.readTree(text(r));
    }

    private static String text(CallToolResult r) {
        return texts(r).get(texts(r).size() - 1);
    }

    private static List<String> texts(CallToolResult r) {
        return r.content().stream().map(c -> ((TextContent) c).text()).toList();
    }
}
