package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code HEAD} on {@code /api} runs the {@code GET} route, so the answer has the same header fields ({@code ETag},
 * {@code Link}, {@code X-Total-Count}, {@code Content-Type}, RFC 9110 §9.3.2); Jetty sends no body for a {@code HEAD}
 * request whatever the route writes. (Fuseki and the pages answer {@code HEAD} themselves.)
 */
final class HeadAsGet extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if ("HEAD".equals(req.getMethod()) && (path.equals("/api") || path.startsWith("/api/"))) {
            chain.doFilter(
                    new HttpServletRequestWrapper(req) {
                        @Override
                        public String getMethod() {
                            return "GET";
                        }
                    },
                    resp);
        } else {
            chain.doFilter(req, resp);
        }
    }
}
