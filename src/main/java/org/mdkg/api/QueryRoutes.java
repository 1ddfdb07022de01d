package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.base.MdkgException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryParam;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultPage;

/**
 * {@code GET /api/queries}: the catalogue of named queries; {@code GET /api/queries/{id}}: runs one, its
 * query parameters bound as the header declares them, the answer paged and shaped as flat JSON objects
 * (one per row, variable → value, IRIs as strings).
 */
record QueryRoutes(QueryLibrary library, QueryRunner runner, Responder responder, Conditional conditional) {

    void install(RoutesConfig routes) {
        routes.get("/api/queries", this::catalogue);
        routes.get("/api/queries/{id}", this::run);
    }

    private void catalogue(Context ctx) {
        if (conditional.isNotModified(ctx, "json")) {
            return;
        }
        List<Map<String, Object>> items =
                library.all().stream().map(QueryRoutes::entry).toList();
        ctx.json(Map.of("total", items.size(), "items", items));
    }

    private static Map<String, Object> entry(NamedQuery q) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", q.id());
        e.put("summary", q.summary());
        e.put("description", q.description());
        e.put("tags", q.tags());
        e.put("params", q.params().stream().map(QueryRoutes::param).toList());
        e.put("url", "/api/queries/" + q.id());
        e.put("example", q.example());
        e.put("sparql", q.text());
        e.put("exampleSparql", ExampleQueries.runnable(q));
        return e;
    }

    private static Map<String, Object> param(QueryParam p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type().label());
        m.put("required", p.isRequired());
        m.put("list", p.isList());
        m.put("default", p.defaultValue());
        m.put("prefix", p.prefix());
        m.put("values", p.values());
        m.put("description", p.description());
        m.put("example", p.example());
        return m;
    }

    private void run(Context ctx) {
        NamedQuery query = library.find(ctx.pathParam("id"))
                .orElseThrow(() -> MdkgException.notFound("No named query '" + ctx.pathParam("id") + "'"));
        ApiFormat format = ApiFormat.negotiate(ctx);
        if (conditional.isNotModified(ctx, format.keyword())) {
            return;
        }
        ResultPage page = runner.select(query, QueryParams.forQuery(ctx, query), QueryParams.page(ctx));
        responder.list(ctx, format, page, NamedQueryCalls.items(page));
    }
}
