package org.mdkg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.search.SearchIndex;
import org.mdkg.store.Store;

/**
 * The read-only API built from the named-query library: the catalogue and {@code /api/queries/{id}}, the
 * resource endpoints, and the OpenAPI document with its Swagger UI page.
 */
final class QueryApi {
    private final QueryRoutes queries;
    private final ResourceRoutes resources;
    private final DocsRoutes docs;

    private QueryApi(QueryRoutes queries, ResourceRoutes resources, DocsRoutes docs) {
        this.queries = queries;
        this.resources = resources;
        this.docs = docs;
    }

    static QueryApi of(Store store, QueryLibrary library, QueryRunner runner, SearchIndex search) {
        Conditional conditional = new Conditional(store);
        Responder responder = new Responder(new ObjectMapper(), runner, new JsonLdContext(store));
        return new QueryApi(
                new QueryRoutes(library, runner, responder, conditional),
                new ResourceRoutes(library, runner, search, responder, conditional),
                new DocsRoutes(OpenApiDocument.build(library), conditional));
    }

    void install(RoutesConfig routes) {
        queries.install(routes);
        resources.install(routes);
        docs.install(routes);
    }
}
