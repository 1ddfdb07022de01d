package org.mdkg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.search.SearchIndex;
import org.mdkg.store.Store;

/** Builds the Javalin application that answers under {@code /api}. It is mounted as a servlet by the server. */
public final class ApiApp {
    private ApiApp() {}

    /**
     * The facade over {@code store}: the named queries of {@code library} as endpoints, answered by {@code runner}
     * (which knows the fast paths), {@code /api/search} by the full-text {@code search} index; browsers of
     * {@code corsOrigins} (any, when empty) may read it; a parameter value longer than {@code paramMaxChars} is
     * refused (400) before any route runs.
     */
    public static Javalin create(
            Store store,
            QueryLibrary library,
            QueryRunner runner,
            SearchIndex search,
            NamedQueryCalls calls,
            List<String> corsOrigins,
            int paramMaxChars) {
        HealthRoutes health = new HealthRoutes(store);
        QueryApi queries = QueryApi.of(store, library, runner, search, calls.shapes());
        CorsPolicy cors = new CorsPolicy(corsOrigins);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            config.http.defaultContentType = "application/json";
            config.bundledPlugins.enableCors(rules -> rules.addRule(cors::apply));
            ProblemMapper.install(config.routes);
            config.routes.before(ctx -> QueryParams.refuseLong(ctx, paramMaxChars));
            health.install(config.routes);
            new ChangesRoutes(store).install(config.routes);
            queries.install(config.routes);
        });
    }
}
