package org.mdkg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.mdkg.backup.Backup;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.base.Sha256;
import org.mdkg.http.Problems;
import org.mdkg.store.Compaction;
import org.mdkg.store.Store;
import org.mdkg.write.Author;
import org.mdkg.write.ChangeRecord;
import org.mdkg.write.GraphStoreWrite;
import org.mdkg.write.SparqlUpdateWrite;
import org.mdkg.write.WriteAuth;
import org.mdkg.write.WriteService;

/**
 * The write endpoints, in front of everything else: {@code POST /update} (SPARQL Update), {@code PUT}/{@code POST}/
 * {@code DELETE /data?graph=IRI} (Graph Store Protocol) and {@code GET /backup}. When writes are off it lets every
 * request through untouched (so {@code /update} is 404 and {@code /data} refuses writes with 405). When they are on,
 * each request needs the configured credentials (401 without, 403 with wrong ones), a body within the size limit
 * (413), and passes through {@link WriteService}. No CORS headers are ever sent here, and a request from another
 * site is refused ({@link SameOrigin}), so browsers on other origins cannot write, cached credentials or not.
 */
final class WriteFilter extends HttpFilter {
    private static final Set<String> GSP_WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Query parameters that would carry credentials in the URL. */
    private static final List<String> URL_CREDENTIALS =
            List.of("access_token", "token", "password", "api_key", "apikey");

    private final transient Store store;
    private final transient WriteService writes;
    private final transient WriteAuth auth;
    private final long maxBodyBytes;
    private final Duration updateTimeout;
    private final transient CredentialThrottle throttle;

    WriteFilter(
            Store store,
            WriteService writes,
            WriteAuth auth,
            long maxBodyBytes,
            Duration updateTimeout,
            CredentialThrottle throttle) {
        this.store = store;
        this.writes = writes;
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
        this.updateTimeout = updateTimeout;
        this.throttle = throttle;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod();
        boolean overridden = req.getHeader("X-HTTP-Method-Override") != null || req.getParameter("http-method") != null;
        boolean isWrite = "/update".equals(path)
                || "/backup".equals(path)
                || "/compact".equals(path)
                || ("/data".equals(path) && (GSP_WRITES.contains(method) || overridden));
        if (!auth.isEnabled() || !isWrite) {
            if (overridden && ("/data".equals(path) || "/sparql".equals(path))) {
                Problems.send(
                        resp,
                        new MdkgException(
                                ErrorKind.BAD_INPUT, "X-HTTP-Method-Override and ?http-method are not supported"),
                        path);
                return;
            }
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        try {
            handle(req, resp, path, method, overridden);
        } catch (RuntimeException | InternalError e) {
            if (e instanceof InternalError && !Problems.isDiskFull(e)) {
                throw e;
            }
            MdkgException problem = Problems.classify(e, method + " " + path);
            if (problem.kind() == ErrorKind.UNAUTHENTICATED) {
                // no Basic challenge: a browser would remember what its user types and send it with forged requests
                resp.setHeader("WWW-Authenticate", "Bearer realm=\"mdkg\"");
            }
            Problems.send(resp, problem, path);
        }
    }

    private void handle(
            HttpServletRequest req, HttpServletResponse resp, String path, String method, boolean overridden)
            throws IOException {
        if ("OPTIONS".equals(method)) {
            resp.setHeader("Allow", "/update".equals(path) ? "POST" : "GET, PUT, POST, DELETE");
            resp.setStatus(204);
            return;
        }
        Author author = authenticate(req, resp);
        SameOrigin.check(req);
        if (overridden) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "X-HTTP-Method-Override and ?http-method are not supported");
        }
        if ("/backup".equals(path)) {
            backup(method, resp);
        } else if ("/compact".equals(path)) {
            compact(method, resp);
        } else if ("/update".equals(path)) {
            update(req, resp, author, method);
        } else {
            graphStore(req, resp, author, method);
        }
    }

    private Author authenticate(HttpServletRequest req, HttpServletResponse resp) {
        String client = req.getRemoteAddr();
        long wait = throttle.waitFor(client);
        if (wait > 0) {
            resp.setHeader("Retry-After", Long.toString(wait));
            throw new MdkgException(
                    ErrorKind.TOO_MANY_REQUESTS,
                    "too many wrong credentials from this client in the last minute "
                            + "(MDKG_AUTH_FAILURES_PER_MINUTE); retry after " + wait + " s");
        }
        for (String name : URL_CREDENTIALS) {
            if (req.getParameter(name) != null) {
                throw new MdkgException(
                        ErrorKind.BAD_INPUT,
                        "credentials in the URL (?" + name + "=) are refused: they end up in logs and browser "
                                + "histories; send Authorization: Bearer <token>");
            }
        }
        WriteAuth.Result result = auth.check(req.getHeader("Authorization"));
        if (result.outcome() == WriteAuth.Outcome.WRONG) {
            throttle.failed(client);
        }
        return switch (result.outcome()) {
            case ACCEPTED -> result.author().orElseThrow();
            case ANONYMOUS ->
                throw new MdkgException(
                        ErrorKind.UNAUTHENTICATED,
                        "writes need credentials: " + "Authorization: Bearer <token> or Basic <user:password>");
            case WRONG -> throw new MdkgException(ErrorKind.FORBIDDEN, "these credentials may not write");
        };
    }

    private void update(HttpServletRequest req, HttpServletResponse resp, Author author, String method)
            throws IOException {
        if (!"POST".equals(method)) {
            throw new MdkgException(ErrorKind.METHOD_NOT_ALLOWED, "use POST for SPARQL Update");
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        String text;
        if (type.startsWith("application/sparql-update")) {
            text = new String(body(req), StandardCharsets.UTF_8);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            checkLength(req);
            text = req.getParameter("update");
        } else {
            throw new MdkgException(
                    ErrorKind.UNSUPPORTED_MEDIA_TYPE, "send application/sparql-update, or a form with update=");
        }
        if (text == null || text.isBlank()) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "the update is empty");
        }
        String source = "POST /update (" + text.length() + " chars)";
        commit(resp, author, source, Sha256.hex(text), SparqlUpdateWrite.parse(text, updateTimeout));
    }

    private void graphStore(HttpServletRequest req, HttpServletResponse resp, Author author, String method)
            throws IOException {
        Node graph = GraphStoreWrite.target(req.getParameter("graph"), req.getParameter("default") != null);
        String source = method + " /data?graph=" + graph.getURI();
        if ("DELETE".equals(method)) {
            commit(resp, author, source, "", GraphStoreWrite.delete(graph));
            return;
        }
        if ("PATCH".equals(method)) {
            throw new MdkgException(ErrorKind.METHOD_NOT_ALLOWED, "PATCH is not supported; use PUT, POST or DELETE");
        }
        GraphStoreWrite.langOf(req.getContentType());
        byte[] body = body(req);
        var content = GraphStoreWrite.parse(body, req.getContentType());
        commit(
                resp,
                author,
                source,
                Sha256.hex(body),
                "PUT".equals(method) ? GraphStoreWrite.put(graph, content) : GraphStoreWrite.post(graph, content));
    }

    private void backup(String method, HttpServletResponse resp) throws IOException {
        if (!"GET".equals(method)) {
            throw new MdkgException(ErrorKind.METHOD_NOT_ALLOWED, "use GET for a backup");
        }
        resp.setStatus(200);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + Backup.defaultFileName() + "\"");
        Backup.write(store, resp.getOutputStream());
    }

    /** Online compaction: readers go on while the new generation is written; writes wait for the switch. */
    private void compact(String method, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(method)) {
            throw new MdkgException(ErrorKind.METHOD_NOT_ALLOWED, "use POST to compact the store");
        }
        Compaction.Report r = Compaction.compact(store);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bytesBefore", r.bytesBefore());
        body.put("bytesAfter", r.bytesAfter());
        body.put("millis", r.millis());
        send(resp, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    private void commit(
            HttpServletResponse resp, Author author, String source, String sha, Consumer<DatasetGraph> change)
            throws IOException {
        ChangeRecord record = writes.commit(author, source, sha, change);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("change", record.id());
        body.put("author", record.author());
        body.put("added", record.added());
        body.put("removed", record.removed());
        body.put("graphs", record.graphs());
        body.put("summary", record.summary());
        body.put("sha256", record.sha256());
        send(resp, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    private void checkLength(HttpServletRequest req) {
        if (req.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
    }

    /** The body, read up to the limit; 413 as soon as it is exceeded, whatever Content-Length said. */
    private byte[] body(HttpServletRequest req) throws IOException {
        checkLength(req);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = req.getInputStream()) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                if (out.size() > maxBodyBytes) {
                    throw tooLarge();
                }
            }
        }
        return out.toByteArray();
    }

    private MdkgException tooLarge() {
        return new MdkgException(
                ErrorKind.TOO_LARGE,
                "the body is larger than " + maxBodyBytes + " bytes (MDKG_WRITE_MAX_BYTES); nothing was changed");
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
