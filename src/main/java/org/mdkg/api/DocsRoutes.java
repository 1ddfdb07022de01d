package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import org.mdkg.base.ClasspathResource;
import org.mdkg.base.MdkgException;
import org.mdkg.http.WebJarFiles;

/**
 * {@code GET /api/openapi.json}, the OpenAPI 3.1 document, and {@code GET /api/docs}, Swagger UI rendering it
 * (served from the Swagger UI WebJar at {@code /api/docs/assets/...}).
 */
final class DocsRoutes {
    private final Supplier<Map<String, Object>> build;
    private volatile Map<String, Object> openApi;
    private final Conditional conditional;
    private final WebJarFiles swaggerUi = WebJarFiles.of(
            "org.webjars",
            "swagger-ui",
            Map.of(
                    "swagger-ui.css", "swagger-ui.css",
                    "swagger-ui-bundle.js", "swagger-ui-bundle.js",
                    "swagger-ui-standalone-preset.js", "swagger-ui-standalone-preset.js",
                    "favicon-32x32.png", "favicon-32x32.png"));
    private final byte[] page = page("/pages/api-docs.html");

    /** {@code build} makes the OpenAPI document, on its first request (it runs each query's example). */
    DocsRoutes(Supplier<Map<String, Object>> build, Conditional conditional) {
        this.build = build;
        this.conditional = conditional;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/openapi.json", this::openApi);
        routes.get(
                "/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        routes.get("/api/docs/assets/{file}", this::asset);
    }

    private void openApi(Context ctx) {
        if (!conditional.isNotModified(ctx, "openapi")) {
            ctx.json(document());
        }
    }

    private synchronized Map<String, Object> document() {
        if (openApi == null) {
            openApi = build.get();
        }
        return openApi;
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] bytes = swaggerUi.read(name).orElseThrow(() -> MdkgException.notFound("No file " + name));
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType(WebJarFiles.contentType(name)).result(bytes);
    }

    private static byte[] page(String name) {
        return ClasspathResource.bytes(DocsRoutes.class, name);
    }
}
