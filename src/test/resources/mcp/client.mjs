// The reference MCP client (the TypeScript SDK's Client over its StreamableHTTPClientTransport) against mdkg:
// lists the tools, calls one with the arguments given, prints one JSON line: the tool names and the call's result.
// Usage: node client.mjs <base URL> <tool> <arguments as JSON>
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [base, tool, args] = process.argv.slice(2);
const client = new Client({ name: "mdkg-test", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", base)));
const tools = (await client.listTools()).tools.map((t) => t.name);
const result = await client.callTool({ name: tool, arguments: JSON.parse(args) });
console.log(JSON.stringify({ server: client.getServerVersion(), tools, result }));
await client.close();
