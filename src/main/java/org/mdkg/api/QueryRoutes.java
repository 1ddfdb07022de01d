package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryParam;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultPage;

/**
 * {@code GET /api/queries}: the catalogue of named queries; {@code GET /api/queries/{id}}: runs one, its
 * query parameters bound as the header declares them, the answer paged and each row shaped in its columns' types
 * ({@link ItemShaper#row}: IRIs as {@code {id, iri, label}}, lists as arrays); CSV keeps the flat form of the SPARQL
 * result (IRIs and lists as text).
 */
record QueryRoutes(
        QueryLibrary library, QueryRunner runner, Responder responder, Conditional conditional, RowShapes shapes) {

    void install(RoutesConfig routes) {
        routes.get("/api/queries", this::catalogue);
        routes.get("/api/queries/{id}", this::run);
        routes.post("/api/queries/{id}", this::runPosted);
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
        e.put("methods", q.acceptsPost() ? List.of("GET", "POST") : List.of("GET"));
        if (q.pageSize() != null) {
            e.put("pagination", q.pageSize());
        }
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
        m.put("variable", p.variable());
        if (p.lang() != null) {
            m.put("lang", p.lang());
        }
        if (p.datatype() != null) {
            m.put("datatype", p.datatype());
        }
        return m;
    }

    private NamedQuery find(Context ctx) {
        return library.find(ctx.pathParam("id"))
                .orElseThrow(() -> MdkgException.notFound("No named query '" + ctx.pathParam("id") + "'"));
    }

    private void run(Context ctx) {
        NamedQuery query = find(ctx);
        ApiFormat format = ApiFormat.negotiate(ctx);
        String lang = RequestLanguage.of(ctx);
        if (conditional.isNotModified(ctx, format.keyword() + "|" + lang)) {
            return;
        }
        answer(ctx, format, query, ctx.queryParamMap(), lang);
    }

    /** {@code POST /api/queries/{id}} for a query with grlc's {@code method: POST}: parameters from a form or JSON body. */
    private void runPosted(Context ctx) {
        NamedQuery query = find(ctx);
        if (!query.acceptsPost()) {
            ctx.header("Allow", "GET, HEAD");
            throw new MdkgException(
                    ErrorKind.METHOD_NOT_ALLOWED,
                    "query " + query.id() + " is run with GET; its header would say 'method: POST' to accept POST");
        }
        ctx.header("Cache-Control", "no-store");
        answer(ctx, ApiFormat.negotiate(ctx), query, PostedParams.of(ctx), RequestLanguage.of(ctx));
    }

    private void answer(Context ctx, ApiFormat format, NamedQuery query, Map<String, List<String>> given, String lang) {
        ResultPage page = runner.select(query, QueryParams.forQuery(given, query), QueryParams.page(given, query));
        List<Map<String, Object>> items = format == ApiFormat.CSV
                ? page.rows().stream().map(r -> ItemShaper.flat(page.vars(), r)).toList()
                : shapes.rows(query, page, lang);
        responder.list(ctx, format, page, items, shapes.columns().of(query));
    }
}
