package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.mdkg.base.MdkgException;
import org.mdkg.http.Problems;

/**
 * Sits in front of Fuseki, after the pages ({@link org.mdkg.pages.Pages}, which serve {@code /}): lets the endpoints
 * through ({@code /sparql}, {@code /data}, {@code /api/...}, {@code /mcp}), and answers anything else with a 404 problem details
 * body instead of Jetty's HTML error page.
 */
final class PageFilter extends HttpFilter {
    private static final List<String> PASS_THROUGH = List.of("/sparql", "/data", "/api/", "/api", "/ontology", "/mcp");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (PASS_THROUGH.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"))) {
            chain.doFilter(req, resp);
        } else {
            Problems.send(resp, MdkgException.notFound("No resource at " + path), path);
        }
    }
}
