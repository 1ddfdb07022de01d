package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.mdkg.base.MdkgException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.PageRequest;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultPage;
import org.mdkg.search.SearchIndex;

/**
 * The resource endpoints of {@link ResourceCatalog}: each one runs named queries and shapes clean JSON. The list of
 * the {@code search} query is answered by the full-text index, ranked, with that query's parameters and columns.
 */
record ResourceRoutes(
        QueryLibrary library,
        QueryRunner runner,
        SearchIndex search,
        Responder responder,
        Conditional conditional,
        RowShapes shapes) {

    void install(RoutesConfig routes) {
        for (ListRoute r : ResourceCatalog.LISTS) {
            if (library.find(r.query()).isPresent()) {
                routes.get(r.path(), ctx -> list(ctx, r));
            }
        }
        for (DetailRoute r : ResourceCatalog.DETAILS) {
            if (library.find(r.query()).isPresent()) {
                routes.get(r.path(), ctx -> detail(ctx, r));
            }
        }
    }

    private void list(Context ctx, ListRoute route) {
        ApiFormat format = ApiFormat.negotiate(ctx);
        String lang = RequestLanguage.of(ctx);
        if (conditional.isNotModified(ctx, format.keyword() + "|" + lang)) {
            return;
        }
        NamedQuery query = query(route.query());
        Map<String, List<String>> params = QueryParams.forQuery(ctx, query);
        ResultPage page;
        if (route.query().equals(SearchIndex.QUERY_ID)) {
            query.typedParams(params);
            page = search.search(ctx.queryParam("q"), QueryParams.page(ctx));
        } else {
            page = runner.select(query, params, QueryParams.page(ctx));
        }
        ResultPage found = page;
        responder.list(
                ctx,
                format,
                page,
                shapes.shaped(lang, s -> shapes.items(query, found, s)),
                shapes.columns().of(query));
    }

    private void detail(Context ctx, DetailRoute route) {
        ApiFormat format = ApiFormat.negotiate(ctx);
        String lang = RequestLanguage.of(ctx);
        if (conditional.isNotModified(ctx, format.keyword() + "|" + lang)) {
            return;
        }
        String id = ctx.pathParam(route.id().name());
        NamedQuery mainQuery = query(route.query());
        ResultPage main = runner.select(mainQuery, Map.of(route.param(), List.of(id)), PageRequest.first());
        if (main.rows().isEmpty() || !main.rows().get(0).containsKey(main.vars().get(0))) {
            throw MdkgException.notFound("No " + singular(route.tag()) + " with id '" + id + "'");
        }
        Node subject = main.rows().get(0).get(main.vars().get(0));
        Map<String, ResultPage> parts = new LinkedHashMap<>();
        for (Part part : route.parts()) {
            if (library.find(part.query()).isPresent()) {
                parts.put(part.key(), part(part, subject));
            }
        }
        Map<String, Object> body = shapes.shaped(lang, s -> {
            Map<String, Object> b =
                    new LinkedHashMap<>(shapes.items(mainQuery, main, s).get(0));
            for (Part part : route.parts()) {
                if (parts.containsKey(part.key())) {
                    b.put(part.key(), shapes.items(query(part.query()), parts.get(part.key()), s));
                }
            }
            return b;
        });
        nestSources(body);
        responder.one(ctx, format, body, subject, shapes.columns().of(mainQuery));
    }

    private static String singular(String tag) {
        return tag.endsWith("ies") ? tag.substring(0, tag.length() - 3) + "y" : tag.replaceAll("s$", "");
    }

    private ResultPage part(Part part, Node subject) {
        Map<String, List<String>> params = new LinkedHashMap<>(part.fixed());
        params.put(part.param(), List.of(subject.getURI()));
        return runner.select(query(part.query()), params, PageRequest.all());
    }

    /** Moves each source whose {@code about} is one of the assessments into that assessment's {@code sources}. */
    @SuppressWarnings("unchecked")
    private static void nestSources(Map<String, Object> body) {
        if (!(body.get("assessments") instanceof List<?> assessments)
                || !(body.get("sources") instanceof List<?> sources)) {
            return;
        }
        List<Object> own = new ArrayList<>();
        for (Object s : sources) {
            Map<String, Object> source = (Map<String, Object>) s;
            Object about = source.remove("about") instanceof Map<?, ?> m ? m.get("iri") : null;
            Map<String, Object> target = null;
            for (Object a : assessments) {
                if (((Map<String, Object>) a).get("iri").equals(about)) {
                    target = (Map<String, Object>) a;
                }
            }
            if (target == null) {
                own.add(source);
            } else {
                ((List<Object>) target.computeIfAbsent("sources", k -> new ArrayList<>())).add(source);
            }
        }
        body.put("sources", own);
    }

    private NamedQuery query(String id) {
        return library.find(id).orElseThrow(() -> new IllegalStateException("named query " + id + " missing"));
    }
}
