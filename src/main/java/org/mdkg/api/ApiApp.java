package org.mdkg.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.mdkg.store.Store;

/** Builds the Javalin application that answers under {@code /api}. It is mounted as a servlet by the server. */
public final class ApiApp {
    private ApiApp() {
    }

    public static Javalin create(Store store) {
        HealthRoutes health = new HealthRoutes(store);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            config.http.defaultContentType = "application/json";
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));
            ProblemMapper.install(config.routes);
            health.install(config.routes);
        });
    }
}
