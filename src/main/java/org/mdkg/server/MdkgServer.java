package org.mdkg.server;

import io.javalin.Javalin;
import io.javalin.http.servlet.JavalinServlet;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.mdkg.api.ApiApp;
import org.mdkg.api.NamedQueryCalls;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.mcp.McpEndpoint;
import org.mdkg.pages.Pages;
import org.mdkg.query.QueryEvaluator;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.sandbox.Sandbox;
import org.mdkg.search.SearchIndex;
import org.mdkg.share.QueryLinks;
import org.mdkg.share.SharedQueries;
import org.mdkg.store.Store;
import org.mdkg.write.GateShapes;
import org.mdkg.write.SystemGraphGuard;
import org.mdkg.write.WriteAuth;
import org.mdkg.write.WriteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: Fuseki (SPARQL at {@code /sparql}, Graph Store Protocol at {@code /data}), the Javalin
 * facade at {@code /api}, the MCP server at {@code /mcp}, the write endpoints and the pages, on one Jetty server and
 * one port. Built by
 * {@link #builder}, which is handed every part and checks them in {@link Builder#build()}.
 */
public final class MdkgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MdkgServer.class);
    /** Rows a sort or duplicate elimination keeps in memory before it spills to disk. */
    static final long SPILL_ROWS = 100_000;

    private final FusekiServer fuseki;
    private final String host;

    private MdkgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A server over {@code store}, run as {@code settings} say; the other parts are handed to the builder. */
    public static Builder builder(Settings settings, Store store) {
        return new Builder(settings, store);
    }

    /** Starts listening; returns once the server accepts connections. */
    public MdkgServer start() {
        fuseki.start();
        LOG.debug("listening at {}", baseUrl());
        return this;
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

    /** The parts of a server: settings, store, derivations, the query library and the fast paths of its queries. */
    public static final class Builder {
        private final Settings settings;
        private final Store store;
        private Derivations derivations;
        private QueryLibrary queries;
        private final List<QueryEvaluator> fastPaths = new ArrayList<>();

        private Builder(Settings settings, Store store) {
            this.settings = settings;
            this.store = store;
        }

        /** What every write recomputes (the same pipeline the store was loaded with). */
        public Builder derivations(Derivations value) {
            derivations = value;
            return this;
        }

        public Builder queries(QueryLibrary value) {
            queries = value;
            return this;
        }

        /** Fast paths that answer named queries on {@code /api} instead of their text. */
        public Builder fastPaths(List<QueryEvaluator> value) {
            fastPaths.addAll(value);
            return this;
        }

        /** Checks the parts and wires the server; it starts listening on {@link MdkgServer#start()}. */
        public MdkgServer build() {
            require(settings, "settings");
            require(store, "store");
            require(derivations, "derivations");
            require(queries, "queries");
            refuseTakenPort(settings);
            DatasetGraph dsg = store.dataset();
            secure(dsg, settings);
            // grlc's enumerate: values from the data, read again at the first request after the store's version changed
            QueryLibrary library = queries.enumerated(dsg, store::version);
            QueryRunner runner = new QueryRunner(store, fastPaths);
            SearchIndex search = new SearchIndex(store, settings.searchMaxChars());
            NamedQueryCalls calls = new NamedQueryCalls(store, runner); // REST and MCP rows, one shaping
            Javalin api = ApiApp.create(
                    store,
                    library,
                    runner,
                    search,
                    calls,
                    settings.corsOrigins(),
                    settings.limits().paramMaxChars());
            WriteService writes =
                    new WriteService(store, derivations, GateShapes.of(settings.shapes()), SystemGraphGuard.standard());
            writes.onCommit((change, changes) -> search.refresh(changes));
            Metrics metrics = new Metrics(settings.db());
            writes.onCommit((change, changes) -> metrics.committed());
            LOG.info("SHACL gate: {}", settings.shapes() == null ? "the shapes shipped in the jar" : settings.shapes());
            ResultWriters.install();
            Pages pages = new Pages(store, library, runner, search);
            SharedQueries shared = new SharedQueries(store, pages.linkedQueries());
            FusekiServer fuseki = FusekiServer.create()
                    .port(settings.port())
                    .registerOperation(Operation.Query, new SparqlQueries(settings.limits()))
                    .add("/", readOnlyService(dsg))
                    .addServlet("/api/*", new JavalinServlet(api.unsafe))
                    .addServlet(McpEndpoint.PATH, McpEndpoint.servlet(store, library, runner, calls, settings.limits()))
                    .addFilter("/*", metrics)
                    .addFilter("/*", new GateFilter(store.gate()))
                    .addFilter("/*", new Admission(settings.limits()))
                    .addFilter(
                            "/*",
                            new WriteFilter(
                                    store,
                                    writes,
                                    new WriteAuth(settings.writes()),
                                    settings.writeMaxBytes(),
                                    settings.queryTimeout(),
                                    new CredentialThrottle(settings.limits().authFailures())))
                    .addFilter("/*", new HeadAsGet())
                    .addFilter("/*", new SparqlFormats())
                    .addFilter(
                            "/*",
                            new ResponseCache(
                                    store,
                                    settings.cacheMaxBytes(),
                                    settings.cacheEntryMaxBytes(),
                                    settings.queryTimeout()))
                    .addFilter("/*", new ReadCors(settings.corsOrigins()))
                    .addFilter("/*", pages)
                    .addFilter("/*", new QueryLinks(shared, settings.limits(), settings.share()))
                    .addFilter("/*", new SparqlPages(store))
                    .addFilter("/*", new UnionDefaultGraph(store))
                    .addFilter("/*", new PageFilter())
                    .addServlet("/ontology", new OntologyServlet(store, library))
                    .enablePing(false)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableTasks(false)
                    .enableCompact(false)
                    .build();
            bind(fuseki, settings.bind());
            limitForms(fuseki, Math.max(settings.limits().queryMaxBytes(), settings.writeMaxBytes()));
            compress(fuseki);
            return new MdkgServer(fuseki, settings.bind());
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("the server needs its " + name);
            }
        }
    }

    /** A port another process holds is refused now, naming it, rather than when Jetty fails to bind. */
    private static void refuseTakenPort(Settings settings) {
        if (settings.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(settings.bind(), settings.port()));
        } catch (IOException e) {
            throw MdkgException.forParameter(
                    ErrorKind.BAD_PARAMETER,
                    "port",
                    "port " + settings.port() + " on "
                            + settings.bind() + " is in use (" + e.getMessage()
                            + "); stop what holds it or choose another "
                            + "with --port N or MDKG_PORT");
        }
    }

    /** SPARQL query at /sparql and read-only Graph Store Protocol at /data. */
    private static DataService readOnlyService(DatasetGraph dsg) {
        return DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "data")
                .build();
    }

    /**
     * Query timeout on; no federated SERVICE calls; sorts, DISTINCT and REDUCED past {@link #SPILL_ROWS} rows
     * spill to temporary files instead of filling the heap (an {@code ORDER BY} over every triple used to end
     * in an OutOfMemoryError that left the server hanging); the {@link Sandbox}: bounded regular expressions, no
     * {@code java:} functions.
     */
    private static void secure(DatasetGraph dsg, Settings settings) {
        dsg.getContext()
                .set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        dsg.getContext().set(Service.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        Sandbox.install(dsg.getContext(), settings.limits().regexMaxSteps());
    }

    /** Form bodies (Fuseki allows 25 MB) up to the larger of the query and write limits; each route checks its own. */
    private static void limitForms(FusekiServer fuseki, long bytes) {
        if (fuseki.getJettyServer().getHandler() instanceof ServletContextHandler context) {
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, bytes + 1024));
        }
    }

    /**
     * gzip for clients that accept it ({@code Accept-Encoding: gzip}): SPARQL results, RDF, pages and REST answers,
     * for GET and for queries sent by POST; Jetty's handler marks the ETag of a compressed answer and understands it
     * in {@code If-None-Match}.
     */
    private static void compress(FusekiServer fuseki) {
        Server jetty = fuseki.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.addIncludedMethods("POST");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    /**
     * Request and response bodies in heap buffers, not direct ones. Jetty's direct buffers are native memory freed
     * only when a GC collects them; under mixed reads and writes the C allocator kept the memory of each wave of
     * them, and the process's anonymous RSS rose for as long as the soak ran (784 → 960 MB in 15 minutes). With heap
     * buffers it starts 250 MB lower and levels off (docs/reliability.md, the soak).
     */
    private static void heapBuffers(ServerConnector connector) {
        for (ConnectionFactory factory : connector.getConnectionFactories()) {
            if (factory instanceof HttpConnectionFactory http) {
                http.getHttpConfiguration().setUseInputDirectByteBuffers(false);
                http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
            }
        }
    }

    private static void bind(FusekiServer fuseki, String address) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address);
                heapBuffers(sc);
            }
        }
    }
}
