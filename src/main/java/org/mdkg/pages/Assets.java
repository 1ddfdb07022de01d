package org.mdkg.pages;

import java.util.Map;
import java.util.Optional;
import org.mdkg.base.ClasspathResource;
import org.mdkg.http.WebJarFiles;

/**
 * The files the pages load, all from this server: their own style sheet and scripts (beside this class, under
 * {@code assets/}), the country outlines of the map (Natural Earth, public domain, made by
 * {@code data/scripts/world-outline.py}) and ECharts from its WebJar. Only the names listed here are served.
 */
final class Assets {
    static final String PATH = "/assets/";
    private static final Map<String, String> OWN = Map.of(
            "pages.css", "assets/pages.css",
            "pages.js", "assets/pages.js",
            "sparql.js", "assets/sparql.js",
            "world-outline.json", "assets/world-outline.json");

    private final WebJarFiles echarts =
            WebJarFiles.of("org.webjars.npm", "echarts", Map.of("echarts.min.js", "dist/echarts.min.js"));

    /** The bytes of {@code name}, if it is one of the assets. */
    Optional<byte[]> read(String name) {
        String own = OWN.get(name);
        if (own != null) {
            return Optional.of(ClasspathResource.bytes(Assets.class, own));
        }
        return echarts.read(name);
    }
}
