package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Cross-origin reads for everything outside {@code /api} (which Javalin's CORS plugin answers with the same policy):
 * {@code /sparql} queries (GET, and POST of a query), Graph Store reads of {@code /data}, {@code /.well-known/void},
 * the ontology, the pages and their RDF. Any origin may read when {@code origins} is empty (the default), else only
 * those listed ({@code MDKG_CORS_ORIGINS}); credentials are never allowed. A write — {@code /update}, a {@code PUT},
 * {@code POST} or {@code DELETE} of {@code /data}, {@code /backup}, an {@code update=} form to {@code /sparql} — never
 * gets a CORS header, and its preflight is refused, so a page on another origin cannot even read the refusal.
 */
final class ReadCors extends HttpFilter {
    private static final String EXPOSED = "ETag, Link, X-Total-Count, X-Result-Truncated, X-Result-Cap, Retry-After";
    private static final String ALLOWED_HEADERS = "Accept, Content-Type, If-None-Match, If-Modified-Since";
    private static final String MAX_AGE = "600";

    private final List<String> origins;

    ReadCors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String origin = req.getHeader("Origin");
        if (origin == null || path.equals("/api") || path.startsWith("/api/")) {
            chain.doFilter(req, resp);
            return;
        }
        String preflight = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && preflight != null) {
            if (allowed(origin) && isRead(path, preflight.trim().toUpperCase(Locale.ROOT), null)) {
                allow(resp, origin);
                resp.setHeader(
                        "Access-Control-Allow-Methods", "/sparql".equals(path) ? "GET, HEAD, POST" : "GET, HEAD");
                resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                resp.setHeader("Access-Control-Max-Age", MAX_AGE);
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (allowed(origin) && isRead(path, req.getMethod(), req)) {
            allow(resp, origin);
            resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        chain.doFilter(req, resp);
    }

    /** GET and HEAD anywhere but {@code /backup}; POST only of a query to {@code /sparql} (never an update). */
    private static boolean isRead(String path, String method, HttpServletRequest req) {
        if (path.equals("/backup") || path.equals("/update")) {
            return false;
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        if (!method.equals("POST") || !path.equals("/sparql")) {
            return false;
        }
        if (req == null) {
            return true;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/sparql-query")
                || (type.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") == null);
    }

    private boolean allowed(String origin) {
        return origins.isEmpty() || origins.contains(origin);
    }

    private void allow(HttpServletResponse resp, String origin) {
        resp.setHeader("Access-Control-Allow-Origin", origins.isEmpty() ? "*" : origin);
        resp.addHeader("Vary", "Origin");
    }
}
