package org.mdkg.api;

import io.javalin.plugin.bundled.CorsPluginConfig.CorsRule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which browser origins may read the API: any origin by default ({@code MDKG_CORS_ORIGINS} unset or
 * {@code *}), else the comma-separated list it gives. Credentials are never allowed; the paging and caching
 * headers are exposed to scripts.
 */
record CorsPolicy(List<String> origins) {

    static CorsPolicy fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault("MDKG_CORS_ORIGINS", "*").trim();
        if (value.isEmpty() || value.equals("*")) {
            return new CorsPolicy(List.of());
        }
        return new CorsPolicy(Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

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
