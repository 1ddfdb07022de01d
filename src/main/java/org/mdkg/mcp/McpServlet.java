package org.mdkg.mcp;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.http.Problems;

/**
 * In front of the SDK's transport: a request that carries an {@code Origin} is refused (403 problem) — MCP clients are
 * programs, not web pages, and a page that reached this server through DNS rebinding would send its own origin, which
 * the MCP specification requires servers to check; and no answer may be stored by a cache
 * ({@code Cache-Control: no-store}): each is the reply to one JSON-RPC message.
 */
final class McpServlet extends HttpServlet {
    private final transient HttpServlet transport;

    McpServlet(HttpServlet transport) {
        this.transport = transport;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        transport.init(config);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.setHeader("Cache-Control", "no-store");
        String origin = req.getHeader("Origin");
        if (origin != null) {
            Problems.send(
                    resp,
                    new MdkgException(
                            ErrorKind.FORBIDDEN,
                            "/mcp does not answer web pages (Origin: " + origin
                                    + "); MCP clients send no Origin, and a page's origin is refused to prevent DNS "
                                    + "rebinding"),
                    McpEndpoint.PATH);
            return;
        }
        transport.service(req, resp);
    }

    @Override
    public void destroy() {
        transport.destroy();
        super.destroy();
    }
}
