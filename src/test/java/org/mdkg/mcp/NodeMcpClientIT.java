package org.mdkg.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdkg.api.BundledServer;

/**
 * The reference MCP client from npm ({@code @modelcontextprotocol/sdk}'s {@code Client} over its
 * {@code StreamableHTTPClientTransport}, run by Node) lists mdkg's tools and gets the unimplemented commitments of the
 * Rabat Process through one — the "done when". Node and npm must be installed ({@code .ci/run} installs them);
 * the SDK is installed from npm into {@code target/mcp-node} once.
 */
class NodeMcpClientIT {
    /** The version of the npm package the test installs. */
    static final String SDK = "@modelcontextprotocol/sdk@1.32.2";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("target", "mcp-node").toAbsolutePath();
    private static final BundledServer S = BundledServer.get();

    @BeforeAll
    static void install() throws Exception {
        for (String tool : List.of("node", "npm")) {
            if (run(List.of(tool, "--version"), Path.of(".")).exit != 0) {
                throw new AssertionError(tool + " is not installed: install Node 18+ and npm "
                        + "(apt-get install nodejs npm; .ci/run does) to run the reference MCP client");
            }
        }
        Files.createDirectories(DIR);
        if (!Files.exists(DIR.resolve("node_modules/@modelcontextprotocol/sdk/package.json"))) {
            Result npm =
                    run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", DIR.toString(), SDK), DIR);
            assertEquals(0, npm.exit, "npm install " + SDK + " failed:\n" + npm.output);
        }
        try (var script = NodeMcpClientIT.class.getResourceAsStream("/mcp/client.mjs")) {
            Files.write(DIR.resolve("client.mjs"), script.readAllBytes());
        }
    }

    @Test
    void the_reference_client_lists_the_tools_and_gets_the_rabat_process_unimplemented_commitments() throws Exception {
        JsonNode out = client("unimplemented-commitments", "{\"process\":[\"rabat\"],\"limit\":500}");
        List<String> tools = new ArrayList<>();
        out.get("tools").forEach(t -> tools.add(t.asText()));
        assertTrue(tools.contains("unimplemented-commitments") && tools.contains("sparql"), tools.toString());
        assertEquals("mdkg", out.at("/server/name").asText());
        JsonNode result = out.get("result");
        assertFalse(result.path("isError").asBoolean(), result.toString());
        JsonNode body = JSON.readTree(result.at("/content/0/text").asText());
        JsonNode rest = S.json("/api/queries/unimplemented-commitments?process=rabat&limit=500");
        assertTrue(body.get("total").asInt() > 0, body.toString());
        assertEquals(rest.get("items"), body.get("items"));
    }

    @Test
    void the_reference_client_runs_the_sparql_tool() throws Exception {
        JsonNode out = client("sparql", "{\"query\":\"ASK { <https://w3id.org/mdkg/id/process/rabat> ?p ?o }\"}");
        JsonNode answer = JSON.readTree(out.at("/result/content/0/text").asText());
        assertTrue(answer.get("boolean").asBoolean(), answer.toString());
    }

    private static JsonNode client(String tool, String arguments) throws Exception {
        Result r = run(List.of("node", "client.mjs", S.server.baseUrl(), tool, arguments), DIR);
        assertEquals(0, r.exit, "the node client failed:\n" + r.output);
        String[] lines = r.output.strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, Path dir) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }
}
