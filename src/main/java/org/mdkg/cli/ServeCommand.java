package org.mdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.mdkg.analysis.FastPaths;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.query.QueryLibrary;
import org.mdkg.server.FatalErrors;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Starts the service; on first start with an empty store it loads {@code ontology/} and {@code data/}. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve SPARQL (/sparql), REST (/api) and pages (/) on one port. "
                + "An empty store is first loaded from ./ontology and ./data.",
        footer = ExitCode.HELP)
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "Port (default: $MDKG_PORT or 3030; 0 picks a free one).")
    Integer port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            description = "Address to listen on (default: $MDKG_BIND or 127.0.0.1).")
    String bind;

    @Option(
            names = "--stop-when-ready",
            description = "Start as usual (loading an empty store first), ask the running server for a few of its"
                    + " resources over HTTP, print their statuses, then stop: exit 0 when all answered 200, 3 when"
                    + " one did not. A check that the service starts on this store; the build's training run for"
                    + " the JVM's AOT cache.")
    boolean stopWhenReady;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings.Builder flags = store.settings();
        if (port != null) {
            flags.port(port);
        }
        if (bind != null) {
            flags.bind(bind);
        }
        Settings settings = flags.build();
        FatalErrors.install();
        QueryLibrary queries = QueryLibrary.load(settings.queries());
        Store opened = settings.store() == null ? openEmbedded(settings) : RemoteStores.open(settings);
        MdkgServer built = MdkgServer.builder(settings, opened)
                .derivations(Derivations.standard())
                .queries(queries)
                .fastPaths(FastPaths.forStore(opened))
                .build();
        try (MdkgServer server = built.start()) {
            System.out.println(
                    "mdkg is ready: the store holds " + opened.tripleCount() + " triples in "
                            + opened.graphNames().size()
                            + " named graphs (the files loaded, and what mdkg derives and records; /api/health counts the same)");
            System.out.println("  SPARQL  " + server.baseUrl() + "/sparql");
            System.out.println("  REST    " + server.baseUrl() + "/api/health");
            System.out.println("  pages   " + server.baseUrl() + "/");
            if (stopWhenReady) {
                return askAndStop(server.baseUrl());
            }
            server.join();
        }
        return ExitCode.OK;
    }

    /** What {@code --stop-when-ready} asks the running server for: the health, REST, SPARQL and page routes. */
    static final List<String> READY_CHECKS = List.of(
            "/api/health",
            "/api/queries",
            "/api/queries/processes",
            "/sparql?query=ASK%7B%7D",
            "/",
            "/tracker",
            "/search?q=migration");

    /** GETs each of {@link #READY_CHECKS} from the server at {@code base}; the exit code says whether all were 200. */
    private int askAndStop(String base) {
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = true;
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String path : READY_CHECKS) {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                out.println("  GET " + path + " " + response.statusCode());
                ok &= response.statusCode() == 200;
            }
        } catch (IOException e) {
            throw new MdkgException(ErrorKind.FAILURE, "the server did not answer its own request: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILURE;
        }
        out.println(ok ? "mdkg answered; stopping." : "mdkg did not answer every request with 200; stopping.");
        out.flush();
        return ok ? ExitCode.OK : ExitCode.FAILURE;
    }

    /**
     * The TDB2 store: built from the bundled files when it holds no data; else checked ({@link
     * StoreOptions#openChecked}) and derived again when stale. A store this start has just built is not checked: the
     * check looks for what an earlier process, a crash or the disk may have damaged.
     */
    private static Store openEmbedded(Settings settings) {
        if (loadBundledDataIfEmpty(settings.db())) {
            return Store.open(settings.db(), settings.nodeCache());
        }
        Store opened = StoreOptions.openChecked(settings.db(), settings.nodeCache());
        if (!opened.isEmpty()) {
            Loaders.forStore(opened).deriveIfStale();
        }
        return opened;
    }

    /** Builds the store from ./ontology and ./data with the bulk loader when it holds no data; says whether it did. */
    private static boolean loadBundledDataIfEmpty(Path db) {
        if (!Loaders.holdsNoData(db)) {
            return false;
        }
        List<Path> bundled = bundledFiles();
        if (bundled.isEmpty()) {
            System.out.println(
                    "Store is empty and no ./ontology or ./data directory was found; serving an empty graph.");
            return false;
        }
        // the loader logs "Loaded N triples from F files in T ms" once
        Loaders.forNewStore().loadIntoNewStore(db, bundled, LoadListener.SILENT);
        return true;
    }

    /** The directories of the files loaded into an empty store: ./ontology and ./data, those that exist. */
    static List<Path> bundledFiles() {
        return List.of(Path.of("ontology"), Path.of("data")).stream()
                .filter(Files::isDirectory)
                .toList();
    }
}
