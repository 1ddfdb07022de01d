package org.mdkg.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Limits;
import org.mdkg.http.AcceptHeader;
import org.mdkg.http.Problems;
import org.mdkg.query.QueryLink;
import org.mdkg.sandbox.ClientQuery;

/**
 * {@code GET /q/<id>}: with {@code Accept: application/sparql-query} the text itself; otherwise a 303 to
 * {@code /sparql?query=…} (a browser lands on the SPARQL page, which runs it; a SPARQL client gets the results) — or,
 * for a text too long for a {@code Location} header, to {@code /sparql?shared=<id>}, whose page fetches the text. An
 * unknown id is a 404 problem. {@code POST /q} with a query as the body keeps it (201, {@code Location: /q/<id>}):
 * it must parse as a SPARQL query within the limits of {@code /sparql} (400 naming the line, 413 past the size), and
 * is refused (403) when sharing is off ({@code MDKG_SHARE=off}). The body must be sent as
 * {@code application/sparql-query} (else 415), a type a page of another site cannot send without a preflight, which
 * {@code /q} never answers: no other site can make a visitor's browser keep texts here.
 */
public final class QueryLinks extends HttpFilter {
    /** The media type of a query text (SPARQL 1.1 Protocol). */
    static final String SPARQL_QUERY = "application/sparql-query";
    /** Longest {@code Location} sent; Jetty allows 16 KiB of response headers. */
    static final int LOCATION_MAX = 8 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SharedQueries texts;
    private final transient Limits limits;
    private final boolean share;

    public QueryLinks(SharedQueries texts, Limits limits, boolean share) {
        this.texts = texts;
        this.limits = limits;
        this.share = share;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/q") && !path.startsWith(QueryLink.PATH)) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Vary", "Accept");
        try {
            if (path.equals("/q")) {
                post(req, resp);
            } else {
                get(req, resp, path.substring(QueryLink.PATH.length()));
            }
        } catch (MdkgException e) {
            Problems.send(resp, e, path);
        }
    }

    private void get(HttpServletRequest req, HttpServletResponse resp, String id) throws IOException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD");
            throw new MdkgException(ErrorKind.METHOD_NOT_ALLOWED, "use GET for a query link, POST /q to make one");
        }
        String text = texts.text(id)
                .orElseThrow(() -> MdkgException.notFound("No query has the link /q/" + id
                        + " on this server: it was never shared over this store, or it was mistyped"));
        resp.setHeader("Cache-Control", "public, max-age=86400, immutable");
        if (wantsText(req.getHeader("Accept"))) {
            resp.setContentType(SPARQL_QUERY + "; charset=utf-8");
            resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String location = "/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location.length() <= LOCATION_MAX ? location : "/sparql?shared=" + id);
    }

    private static boolean wantsText(String accept) {
        return AcceptHeader.of(accept).exact(SPARQL_QUERY) > 0;
    }

    private void post(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            throw new MdkgException(ErrorKind.METHOD_NOT_ALLOWED, "POST a query text to /q to make its link");
        }
        if (!share) {
            throw new MdkgException(
                    ErrorKind.FORBIDDEN,
                    "sharing queries is off on this server (MDKG_SHARE=off); the links of the named queries and the "
                            + "gallery still resolve");
        }
        String type = req.getContentType() == null ? "" : req.getContentType();
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith(SPARQL_QUERY)) {
            throw new MdkgException(
                    ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "send the query text as Content-Type: " + SPARQL_QUERY + " (got '" + type + "')");
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limits.queryMaxBytes() + 1));
        }
        if (body.length > limits.queryMaxBytes()) {
            throw ClientQuery.tooLarge(limits);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        ClientQuery.parse(text, limits);
        String id = texts.share(text);
        String href = QueryLink.PATH + id;
        resp.setStatus(HttpServletResponse.SC_CREATED);
        resp.setHeader("Location", href);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.writeValueAsBytes(Map.of("id", id, "href", href)));
    }
}
