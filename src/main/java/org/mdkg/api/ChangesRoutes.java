package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.base.MdkgException;
import org.mdkg.store.Store;
import org.mdkg.write.ChangeFeed;
import org.mdkg.write.ChangeLog;
import org.mdkg.write.ChangeRecord;

/**
 * {@code GET /api/changes} (the change log, newest first, paged with {@code limit} and {@code offset}) and
 * {@code GET /api/changes.atom} (the same as an Atom feed researchers can subscribe to).
 */
final class ChangesRoutes {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Store store;

    ChangesRoutes(Store store) {
        this.store = store;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/changes", this::list);
        routes.get("/api/changes.atom", this::atom);
    }

    private void list(Context ctx) {
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        boolean capped = limit > MAX_LIMIT;
        int used = Math.min(limit, MAX_LIMIT);
        List<ChangeRecord> items = ChangeLog.list(store.dataset(), offset, used);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", ChangeLog.count(store.dataset()));
        body.put("offset", offset);
        body.put("limit", used);
        if (capped) {
            body.put("capped", "limit lowered from " + limit + " to the maximum of " + MAX_LIMIT);
            ctx.header("X-Result-Cap", Integer.toString(MAX_LIMIT));
        }
        body.put("items", items);
        ctx.json(body);
    }

    private void atom(Context ctx) {
        int limit = intParam(ctx, "limit", 50, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String self = ctx.scheme() + "://" + ctx.host() + "/api/changes.atom";
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(ChangeFeed.atom(self, ChangeLog.list(store.dataset(), offset, limit)));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                throw MdkgException.badParameter(name, name + " must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw MdkgException.badParameter(name, name + " must be a whole number, got '" + raw + "'");
        }
    }
}
