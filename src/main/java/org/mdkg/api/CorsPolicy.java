package org.mdkg.api;

import io.javalin.plugin.bundled.CorsPluginConfig.CorsRule;
import java.util.List;

/**
 * Which browser origins may read the API: any origin when {@code origins} is empty (the default), else those listed
 * ({@code MDKG_CORS_ORIGINS}). Credentials are never allowed; the paging and caching
 * headers are exposed to scripts.
 */
record CorsPolicy(List<String> origins) {

    void apply(CorsRule rule) {
        if (origins.isEmpty()) {
            rule.anyHost();
        } else {
            rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
        }
        rule.allowCredentials = false;
        for (String header : List.of("Link", "ETag", "X-Total-Count")) {
            rule.exposeHeader(header);
        }
    }
}
