package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mdkg.base.Sha256;
import org.mdkg.store.Store;

/**
 * Answers repeated reads from memory: a bounded cache of whole responses (status, headers, body) to {@code GET}
 * requests on {@code /api}, {@code /sparql?query=}, {@code /data}, {@code /ontology}, the VoID description and the
 * pages, keyed by the dataset version, the request line and the headers that choose the representation
 * ({@code Accept}, {@code Accept-Language}, {@code Origin}). A new dataset version empties it. Only 200 answers no
 * larger than the entry limit are kept, never requests with credentials; the least recently used entries go first
 * when the total passes its bound. {@code /sparql} answers get an ETag from the same key, so a client can revalidate
 * with {@code If-None-Match} and get a 304 without the query running. Misses are coalesced: while one request
 * computes the answer to a key, the requests for the same key that arrive meanwhile wait for it (at most the query
 * time-out) and are given the same answer, so a cold start under load evaluates each query once, not once per
 * connection; when that answer cannot be shared (larger than the entry limit, or a 304), each computes its own.
 */
final class ResponseCache extends HttpFilter {
    private static final Set<String> CACHED =
            Set.of("/api", "/sparql", "/data", "/ontology", "/.well-known/void", "/", "/id", "/tracker", "/search");
    /** Not kept: set afresh for each answer (the encoding by Jetty's gzip handler, per client). */
    private static final Set<String> SKIPPED_HEADERS =
            Set.of("date", "content-length", "transfer-encoding", "connection", "content-encoding");

    /** What Jetty's gzip handler puts into the ETag of a compressed answer; the kept answer is not compressed. */
    private static final String GZIP_ETAG_SUFFIX = "--gzip";

    /** Clients may keep an answer but must revalidate it (by ETag) before using it again. */
    static final String REVALIDATE = "public, max-age=0, must-revalidate";

    private final transient Store store;
    private final long maxBytes;
    private final long maxEntryBytes;
    private final Duration waitLimit;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, Flight> inFlight = new ConcurrentHashMap<>();
    private String version;
    private long bytes;

    /** A kept answer. */
    private record Entry(int status, List<String[]> headers, byte[] body) {}

    /** A miss being answered; the requests for the same key that arrive meanwhile wait for its answer. */
    private static final class Flight {
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Entry answer;

        /** The answer, or null when it cannot be shared or did not come within the limit. */
        Entry await(Duration limit) {
            try {
                return done.await(limit.toMillis(), TimeUnit.MILLISECONDS) ? answer : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** @param waitLimit longest a request waits for the same request's answer another is computing */
    ResponseCache(Store store, long maxBytes, long maxEntryBytes, Duration waitLimit) {
        this.store = store;
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.waitLimit = waitLimit;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!isCacheable(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String key = key(req);
        String etag = "\"" + Sha256.hex(key).substring(0, 24) + "\"";
        boolean isSparql = path(req).equals("/sparql");
        if (isSparql && req.getHeader("If-None-Match") != null && matches(req.getHeader("If-None-Match"), etag)) {
            resp.setHeader("ETag", etag);
            resp.setStatus(304);
            return;
        }
        Entry hit = lookup(key);
        if (hit != null) {
            replay(hit, req.getHeader("If-None-Match"), resp);
            return;
        }
        Flight mine = new Flight();
        Flight running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            Entry shared = running.await(waitLimit);
            if (shared != null) {
                replay(shared, req.getHeader("If-None-Match"), resp);
                return;
            }
            mine = null;
        }
        try {
            if (isSparql) {
                resp.setHeader("ETag", etag);
            }
            Capture capture = new Capture(resp, maxEntryBytes, isSparql);
            chain.doFilter(req, capture);
            capture.flushBuffer();
            if (capture.body() == null || resp.getStatus() == 304) {
                return;
            }
            Entry answer = new Entry(resp.getStatus(), headers(resp), capture.body());
            if (mine != null) {
                mine.answer = answer;
            }
            if (answer.status() == 200 && !noStore(resp)) {
                keep(key, answer);
            }
        } finally {
            if (mine != null) {
                inFlight.remove(key, mine);
                mine.done.countDown();
            }
        }
    }

    private boolean isCacheable(HttpServletRequest req) {
        if (maxBytes <= 0 || !"GET".equals(req.getMethod()) || req.getHeader("Authorization") != null) {
            return false;
        }
        String path = path(req);
        if (path.equals("/sparql") && req.getParameter("query") == null) {
            return false;
        }
        return CACHED.stream().anyMatch(p -> path.equals(p) || (!p.equals("/") && path.startsWith(p + "/")));
    }

    private static String path(HttpServletRequest req) {
        return req.getRequestURI().substring(req.getContextPath().length());
    }

    private String key(HttpServletRequest req) {
        return store.version() + " " + req.getRequestURI() + "?" + nonNull(req.getQueryString()) + " | "
                + nonNull(req.getHeader("Accept")) + " | " + nonNull(req.getHeader("Accept-Language")) + " | "
                + nonNull(req.getHeader("Origin"));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private synchronized Entry lookup(String key) {
        String now = key.substring(0, key.indexOf(' '));
        if (!now.equals(version)) {
            entries.clear();
            bytes = 0;
            version = now;
        }
        return entries.get(key);
    }

    private synchronized void keep(String key, Entry entry) {
        if (!key.startsWith(version + " ") || entries.containsKey(key)) {
            return;
        }
        entries.put(key, entry);
        bytes += entry.body().length;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private static boolean noStore(HttpServletResponse resp) {
        String cc = resp.getHeader("Cache-Control");
        return cc != null && cc.contains("no-store");
    }

    private static List<String[]> headers(HttpServletResponse resp) {
        List<String[]> kept = new ArrayList<>();
        for (String name : resp.getHeaderNames()) {
            if (!SKIPPED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                resp.getHeaders(name)
                        .forEach(v -> kept.add(new String[] {
                            name, name.equalsIgnoreCase("ETag") ? v.replace(GZIP_ETAG_SUFFIX + "\"", "\"") : v
                        }));
            }
        }
        return kept;
    }

    /** The kept answer again, or a 304 when the client's copy carries its ETag. */
    private static void replay(Entry hit, String ifNoneMatch, HttpServletResponse resp) throws IOException {
        hit.headers().forEach(h -> resp.addHeader(h[0], h[1]));
        resp.setHeader("X-Cache", "hit");
        String etag = resp.getHeader("ETag");
        if (ifNoneMatch != null && etag != null && matches(ifNoneMatch, etag)) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(hit.status());
        resp.setContentLength(hit.body().length);
        resp.getOutputStream().write(hit.body());
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The response as the chain writes it, with a copy of its body while it stays under the entry limit. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final long limit;
        private final boolean isRevalidated;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean overflow;
        private ServletOutputStream stream;
        private PrintWriter writer;

        /** @param isRevalidated the answer carries this cache's ETag: its caching headers are this cache's too */
        Capture(HttpServletResponse resp, long limit, boolean isRevalidated) {
            super(resp);
            this.limit = limit;
            this.isRevalidated = isRevalidated;
            if (isRevalidated) {
                resp.setHeader("Cache-Control", REVALIDATE);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isOwnHeader(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isOwnHeader(name)) {
                super.addHeader(name, value);
            }
        }

        /** Fuseki marks every answer no-store; an answer that can be revalidated by its ETag keeps this cache's policy. */
        private boolean isOwnHeader(String name) {
            return isRevalidated && (name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma"));
        }

        byte[] body() {
            return overflow ? null : copy.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(
                        getOutputStream(), java.nio.charset.Charset.forName(charset, StandardCharsets.UTF_8)));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        private void keep(byte[] b, int off, int len) {
            if (!overflow && copy.size() + len <= limit) {
                copy.write(b, off, len);
            } else {
                overflow = true;
            }
        }
    }
}
