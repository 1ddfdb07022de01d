/**
 * The Model Context Protocol server at {@code /mcp} (streamable HTTP, stateless, read-only) for AI assistants: each
 * named query is a tool, the {@code sparql} tool runs a query within the limits of {@code /sparql}, and the pages of
 * entities are resources. Built on the official MCP Java SDK; the server mounts the servlet this package gives.
 */
package org.mdkg.mcp;
