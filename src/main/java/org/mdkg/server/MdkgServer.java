package org.mdkg.server;

import io.javalin.Javalin;
import io.javalin.http.servlet.JavalinServlet;
import java.util.List;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.mdkg.derive.Derivations;
import org.mdkg.api.ApiApp;
import org.mdkg.config.Settings;
import org.mdkg.query.QueryLibrary;
import org.mdkg.store.Store;
import org.mdkg.write.WriteAuth;
import org.mdkg.write.WriteLimits;
import org.mdkg.write.WriteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running service: Fuseki and the Javalin facade sharing one Jetty server and one port. */
public final class MdkgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MdkgServer.class);

    private final FusekiServer fuseki;
    private final String host;

    private MdkgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Builds and starts the server over {@code store}; returns once it accepts connections. */
    public static MdkgServer start(Settings settings, Store store) {
        DatasetGraph dsg = store.dataset();
        secure(dsg, settings);
        QueryLibrary library = QueryLibrary.load(settings.queries());
        Javalin api = ApiApp.create(store, library);
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .add("/", readOnlyService(dsg))
                .addServlet("/api/*", new JavalinServlet(api.unsafe))
                .addFilter("/*", writeFilter(settings, store))
                .addFilter("/*", new SparqlPages(store))
                .addFilter("/*", new PageFilter())
                .addServlet("/ontology", new OntologyServlet(store, library))
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .build();
        bind(fuseki, settings.bind());
        fuseki.start();
        MdkgServer server = new MdkgServer(fuseki, settings.bind());
        LOG.info("mdkg ready: SPARQL {}/sparql  REST {}/api  pages {}/", server.baseUrl(), server.baseUrl(), server.baseUrl());
        return server;
    }

    /** SPARQL query at /sparql and read-only Graph Store Protocol at /data. */
    private static DataService readOnlyService(DatasetGraph dsg) {
        return DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "data")
                .build();
    }

    /** The write endpoints (/update, /data writes, /backup); they let everything through while writes are off. */
    private static WriteFilter writeFilter(Settings settings, Store store) {
        WriteService writes = new WriteService(store, Derivations.standard());
        return new WriteFilter(store, writes, new WriteAuth(settings.writes()), WriteLimits.fromEnvironment(System.getenv()),
                settings.queryTimeout());
    }

    /**
     * Query timeout on; no federated SERVICE calls; sorts, DISTINCT and REDUCED past {@link #SPILL_ROWS} rows
     * spill to temporary files instead of filling the heap (an {@code ORDER BY} over every triple used to end
     * in an OutOfMemoryError that left the server hanging).
     */
    private static void secure(DatasetGraph dsg, Settings settings) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        dsg.getContext().set(Service.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
    }

    /** Rows a sort or duplicate elimination keeps in memory before it spills to disk. */
    static final long SPILL_ROWS = 100_000;

    private static void bind(FusekiServer fuseki, String address) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address);
            }
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** Where a client reaches the server, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
