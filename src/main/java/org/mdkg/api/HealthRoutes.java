package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.base.Version;
import org.mdkg.store.GraphInfo;
import org.mdkg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/health} (with {@code /live} and {@code /ready} for orchestrators) and {@code /api/graphs}: is the
 * service up, and what does it hold. Health answers from memory:
 * its counts (a full scan of the store) are taken once, then again in the background after each write — never
 * while the request waits — so it answers at once even when slow queries fill the server ({@code counted} says when
 * the counts were taken). A store that fails to be counted makes health a 503 that says why.
 */
final class HealthRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final Store store;
    private final String version = Version.current();
    private final ExecutorService counter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mdkg-health-count");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Snapshot snapshot;

    /** The counts for one state of the store, or why they could not be taken. */
    private record Snapshot(String key, long triples, int namedGraphs, Instant counted, String failure) {}

    HealthRoutes(Store store) {
        this.store = store;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/health/live", ctx -> ctx.json(Map.of("status", "live")));
        routes.get("/api/health/ready", this::ready);
        routes.get("/api/graphs", this::graphs);
    }

    private void health(Context ctx) {
        Snapshot s = current();
        if (s.failure() != null) {
            throw new MdkgException(ErrorKind.STORE_DAMAGED, "the store cannot be read: " + s.failure());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("triples", s.triples());
        body.put("namedGraphs", s.namedGraphs());
        body.put("store", store.kind());
        body.put("version", version);
        body.put("counted", s.counted().toString());
        ctx.json(body);
    }

    /**
     * Readiness: the store is loaded and can be read (the server listens only after the first load); a store that
     * fails to be counted is not ready (503). Liveness, {@code /api/health/live}, only says the process answers.
     */
    private void ready(Context ctx) {
        Snapshot s = current();
        if (s.failure() != null) {
            throw new MdkgException(ErrorKind.STORE_DAMAGED, "not ready: the store cannot be read: " + s.failure());
        }
        ctx.json(Map.of("status", "ready", "triples", s.triples()));
    }

    /** The last counts; the first call counts now, later ones start a background count when the store changed. */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = count();
            snapshot = s;
            return s;
        }
        if (!s.key().equals(versionOrFailure()) && counting.compareAndSet(false, true)) {
            counter.execute(() -> {
                try {
                    snapshot = store.gate().shared(this::count);
                } finally {
                    counting.set(false);
                }
            });
        }
        return s;
    }

    /** The store's version (one look-up after a write, else from memory), or a key no snapshot holds. */
    private String versionOrFailure() {
        try {
            return store.version();
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }

    private Snapshot count() {
        String key = versionOrFailure();
        try {
            return new Snapshot(key, store.tripleCount(), store.graphNames().size(), Instant.now(), null);
        } catch (RuntimeException e) {
            LOG.error("Counting the store for /api/health failed", e);
            return new Snapshot(key, 0, 0, Instant.now(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void graphs(Context ctx) {
        List<GraphInfo> graphs = store.describeGraphs();
        ctx.json(Map.of("total", graphs.size(), "items", graphs));
    }
}
