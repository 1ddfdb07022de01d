package org.mdkg.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mdkg.TestServers;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.query.QueryLibrary;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/**
 * The real server on a free port over a real TDB2 directory in a temp folder, loaded with the bundled
 * {@code ontology/} and {@code data/} and serving the bundled {@code queries/}. Started once for all the
 * API integration tests in the JVM and stopped when the JVM exits.
 */
public final class BundledServer {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static BundledServer instance;

    public final Store store;
    public final MdkgServer server;
    final QueryLibrary library;

    private BundledServer(Store store, MdkgServer server, QueryLibrary library) {
        this.store = store;
        this.server = server;
        this.library = library;
    }

    public static synchronized BundledServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static BundledServer start() {
        try {
            Path tmp = Files.createTempDirectory("mdkg-api-it");
            Store store = Store.open(tmp.resolve("db"));
            new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                    .load(List.of(Path.of("ontology"), Path.of("data")), null, LoadListener.SILENT);
            MdkgServer server = TestServers.start(TestServers.settings(tmp.resolve("db")), store);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                store.close();
            }));
            return new BundledServer(store, server, QueryLibrary.load(Path.of("queries")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
