package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.base.Version;
import org.mdkg.store.GraphInfo;
import org.mdkg.store.Store;

/** {@code /api/health} and {@code /api/graphs}: is the service up, and what does it hold. */
final class HealthRoutes {
    private final Store store;
    private final String version = Version.current();

    HealthRoutes(Store store) {
        this.store = store;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/graphs", this::graphs);
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("triples", store.tripleCount());
        body.put("namedGraphs", store.graphNames().size());
        body.put("store", store.kind());
        body.put("version", version);
        ctx.json(body);
    }

    private void graphs(Context ctx) {
        List<GraphInfo> graphs = store.describeGraphs();
        ctx.json(Map.of("total", graphs.size(), "items", graphs));
    }
}
