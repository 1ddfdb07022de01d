package org.mdkg.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Files of one WebJar on the class path (Swagger UI, YASGUI), served from the jar, never from a CDN.
 * Only the files named at construction are served, so a path cannot reach elsewhere in the jar.
 */
public final class WebJarFiles {
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png",
            "html", "text/html; charset=utf-8",
            "map", "application/json",
            "json", "application/json");

    private final String root;
    private final Map<String, String> files;

    private WebJarFiles(String root, Map<String, String> files) {
        this.root = root;
        this.files = files;
    }

    /**
     * The WebJar {@code group:artifact}; {@code files} maps a served name to its path inside the WebJar's
     * versioned folder. Fails at start-up if the WebJar is missing.
     */
    public static WebJarFiles of(String group, String artifact, Map<String, String> files) {
        String props = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = WebJarFiles.class.getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + group + ":" + artifact + " missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return new WebJarFiles(
                    "/META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version") + "/", files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + props, e);
        }
    }

    /** The bytes of a served file, if {@code name} is one. */
    public Optional<byte[]> read(String name) {
        String path = files.get(name);
        if (path == null) {
            return Optional.empty();
        }
        try (InputStream in = WebJarFiles.class.getResourceAsStream(root + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + path, e);
        }
    }

    /** The content type for a file name, by its extension. */
    public static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
