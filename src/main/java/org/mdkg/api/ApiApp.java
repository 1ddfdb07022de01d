package org.mdkg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.mdkg.query.QueryLibrary;
import org.mdkg.store.Store;

/** Builds the Javalin application that answers under {@code /api}. It is mounted as a servlet by the server. */
public final class ApiApp {
    private ApiApp() {
    }

    /** The facade over {@code store}, with the named queries of {@code library} as endpoints. */
    public static Javalin create(Store store, QueryLibrary library) {
        HealthRoutes health = new HealthRoutes(store);
        QueryApi queries = QueryApi.of(store, library);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            config.http.defaultContentType = "application/json";
            config.bundledPlugins.enableCors(cors -> cors.addRule(CorsPolicy.fromEnvironment(System.getenv())::apply));
            ProblemMapper.install(config.routes);
            health.install(config.routes);
            new ChangesRoutes(store).install(config.routes);
            queries.install(config.routes);
        });
    }
}
