package org.mdkg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import org.mdkg.base.MdkgException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.PageRequest;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultPage;
import org.mdkg.search.SearchIndex;
import org.mdkg.store.Store;

/**
 * The read-only API built from the named-query library: the catalogue and {@code /api/queries/{id}}, the
 * resource endpoints, and the OpenAPI document with its Swagger UI page.
 */
final class QueryApi {
    private static final int EXAMPLE_ROWS = 2;

    private final QueryRoutes queries;
    private final ResourceRoutes resources;
    private final DocsRoutes docs;

    private QueryApi(QueryRoutes queries, ResourceRoutes resources, DocsRoutes docs) {
        this.queries = queries;
        this.resources = resources;
        this.docs = docs;
    }

    static QueryApi of(Store store, QueryLibrary library, QueryRunner runner, SearchIndex search, RowShapes shapes) {
        Conditional conditional = new Conditional(store);
        Responder responder = new Responder(new ObjectMapper(), runner, new JsonLdContext(store));
        return new QueryApi(
                new QueryRoutes(library, runner, responder, conditional, shapes),
                new ResourceRoutes(library, runner, search, responder, conditional, shapes),
                new DocsRoutes(
                        () -> OpenApiDocument.build(
                                library,
                                shapes.columns(),
                                (q, asResources) -> examples(runner, shapes, q, asResources)),
                        conditional));
    }

    /** The first rows of a query's header example, shaped as the API sends them; none if it cannot run now. */
    private static List<Map<String, Object>> examples(
            QueryRunner runner, RowShapes shapes, NamedQuery q, boolean asResources) {
        try {
            ResultPage page = runner.select(q, ExampleQueries.params(q), new PageRequest(EXAMPLE_ROWS, 0));
            return asResources
                    ? shapes.shaped(RequestLanguage.DEFAULT, s -> shapes.items(q, page, s))
                    : shapes.rows(q, page, RequestLanguage.DEFAULT);
        } catch (MdkgException e) {
            return List.of();
        }
    }

    void install(RoutesConfig routes) {
        queries.install(routes);
        resources.install(routes);
        docs.install(routes);
    }
}
