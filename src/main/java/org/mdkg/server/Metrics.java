package org.mdkg.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} in the Prometheus text format, and one structured log line per request. First in the filter
 * chain, so every request is counted, refused ones too, and a scrape is answered ahead of the admission queue.
 * Meters: {@code http_server_requests_seconds} (count, sum and histogram buckets by {@code method}, {@code route} —
 * the route's pattern, never the raw path, so the number of series stays bounded — and {@code status}),
 * {@code mdkg_query_timeouts_total} (queries on {@code /sparql} and {@code /api/queries} that reached the time
 * limit), {@code mdkg_writes_total} (committed writes), {@code mdkg_store_bytes} (the store directory on disk), and
 * the JVM's memory and threads. The log line ({@code mdkg.requests}, INFO) is
 * {@code method=GET route=/api/queries/{id} status=200 ms=12} — no query string, no client address.
 */
final class Metrics extends HttpFilter {
    private static final Logger REQUESTS = LoggerFactory.getLogger("mdkg.requests");
    private static final Set<String> ROUTES = Set.of(
            "/",
            "/sparql",
            "/data",
            "/update",
            "/backup",
            "/compact",
            "/metrics",
            "/ontology",
            "/.well-known/void",
            "/tracker",
            "/tracker.csv",
            "/partnerships",
            "/search",
            "/labels",
            "/resource",
            "/mcp",
            "/q",
            "/api");
    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9.-]{0,40}");

    private final transient PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final transient Counter timeouts;
    private final transient Counter writes;

    Metrics(Path storeDirectory) {
        timeouts = Counter.builder("mdkg.query.timeouts")
                .description("queries that reached the time limit (503)")
                .register(registry);
        writes = Counter.builder("mdkg.writes")
                .description("committed writes and loads")
                .register(registry);
        Gauge.builder("mdkg.store.bytes", storeDirectory, Metrics::bytes)
                .description("size of the store directory on disk")
                .strongReference(true) // a gauge holds its object weakly by default: the path would be collected
                .register(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
    }

    /** Counts a committed write (the write service's commit listener). */
    void committed() {
        writes.increment();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if ("/metrics".equals(path) && "GET".equals(req.getMethod())) {
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
            resp.setHeader("Cache-Control", "no-store");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            record(req.getMethod(), "/metrics", 200, 0);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            long nanos = System.nanoTime() - start;
            int status = resp.getStatus();
            String route = route(path, status);
            record(req.getMethod(), route, status, nanos);
            if (status == 503
                    && resp.getHeader("Retry-After") == null
                    && (route.equals("/sparql") || route.startsWith("/api/queries"))) {
                timeouts.increment(); // an overloaded server's 503 says when to retry; a time-out does not
            }
        }
    }

    private void record(String method, String route, int status, long nanos) {
        Timer.builder("http.server.requests")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        REQUESTS.info("method={} route={} status={} ms={}", method, route, status, nanos / 1_000_000);
    }

    /** The pattern of {@code path}: a known route, {@code /api/{name}/{id}}, {@code /id/{kind}}, or "other". */
    static String route(String path, int status) {
        if (ROUTES.contains(path) || path.isEmpty()) {
            return path.isEmpty() ? "/" : path;
        }
        if (path.startsWith("/assets/")) {
            return "/assets";
        }
        String[] parts = path.substring(1).split("/", -1);
        boolean known =
                status != 404 && parts.length >= 2 && SEGMENT.matcher(parts[1]).matches();
        if (parts[0].equals("api")) {
            if (!known) {
                return "/api/…";
            }
            return parts.length == 2 ? "/api/" + parts[1] : "/api/" + parts[1] + "/{id}";
        }
        if (parts[0].equals("q") && parts.length == 2) {
            return "/q/{id}";
        }
        if (parts[0].equals("id")) {
            return known ? "/id/" + parts[1] : "/id/…";
        }
        return "other";
    }

    /** The bytes of the files under {@code directory}; files that vanish while it is walked (journals) count 0. */
    private static double bytes(Path directory) {
        long[] total = {0};
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Double.NaN;
        }
        return total[0];
    }
}
