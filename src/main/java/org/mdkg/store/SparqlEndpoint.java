package org.mdkg.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateRequest;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.RemoteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote store's three endpoints as mdkg talks to them: one pooled JDK {@link HttpClient} (its connect timeout
 * from the settings), Basic credentials sent with every request when set, a time limit on each request, and reads
 * sent again (at most {@link RemoteStore#readRetries} times) when they did not reach the store or a gateway answered
 * 502. A read that ran past its time limit, ours or the store's (503, 504), is a {@link QueryCancelledException}, as
 * on the embedded store, and is not sent again.
 */
final class SparqlEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlEndpoint.class);
    private static final String SELECT_ACCEPT = "application/sparql-results+xml, application/sparql-results+json;q=0.9";

    private final RemoteStore settings;
    private final HttpClient client;
    private final Map<String, String> headers;

    SparqlEndpoint(RemoteStore settings) {
        this.settings = settings;
        this.client = new CompleteAnswers(HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
        this.headers = settings.user() == null
                ? Map.of()
                : Map.of(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((settings.user() + ":" + settings.password())
                                                .getBytes(StandardCharsets.UTF_8)));
    }

    String queryUrl() {
        return settings.queryUrl();
    }

    /** A SELECT query's rows as they stream in; close the returned execution when done. */
    Rows open(Query select, long timeoutMillis) {
        long limit =
                timeoutMillis > 0 ? timeoutMillis : settings.requestTimeout().toMillis();
        if (LOG.isDebugEnabled()) {
            LOG.debug("query sent to the store, time limit {} ms:\n{}", limit, select);
        }
        return retried(() -> {
            QueryExec exec = builder(select, limit).build();
            try {
                return new Rows(exec, exec.select());
            } catch (RuntimeException e) {
                exec.close();
                throw e;
            }
        });
    }

    /** All rows of a SELECT query (for the store's own small look-ups), within the request time limit. */
    List<Binding> selectAll(Query select) {
        try (Rows rows = open(select, settings.requestTimeout().toMillis())) {
            List<Binding> all = new ArrayList<>();
            rows.rows().forEachRemaining(all::add);
            return all;
        }
    }

    /** Replaces the named graph {@code name} in the store with {@code graph} (Graph Store protocol PUT); not retried. */
    void put(Node name, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, Lang.NTRIPLES);
        String sep = settings.gspUrl().contains("?") ? "&" : "?";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        settings.gspUrl() + sep + "graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8)))
                .timeout(settings.requestTimeout())
                .header("Content-Type", Lang.NTRIPLES.getHeaderString())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new MdkgException(
                    ErrorKind.FAILURE,
                    "the store refused the graph " + name.getURI() + " (HTTP " + response.statusCode() + " from "
                            + settings.gspUrl() + "): " + bounded(response.body()));
        }
    }

    /**
     * The named graph {@code name} as the store holds it: a Graph Store protocol {@code GET} (N-Triples), sent again
     * like any read when it did not reach the store; if the store has no such endpoint (404, 405, 406, 501), one
     * {@code CONSTRUCT} of the graph through the query endpoint instead.
     */
    Graph get(Node name) {
        String sep = settings.gspUrl().contains("?") ? "&" : "?";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        settings.gspUrl() + sep + "graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8)))
                .timeout(settings.requestTimeout())
                .header("Accept", Lang.NTRIPLES.getHeaderString())
                .GET();
        headers.forEach(request::header);
        HttpResponse<byte[]> response = null;
        for (int attempt = 0; response == null; attempt++) {
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                throw new QueryCancelledException();
            } catch (IOException e) {
                if (attempt >= settings.readRetries()) {
                    throw unreachable(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unreachable(e);
            }
        }
        int status = response.statusCode();
        if (status == 404 || status == 405 || status == 406 || status == 501) {
            return construct(name);
        }
        if (status / 100 != 2) {
            throw new MdkgException(
                    ErrorKind.FAILURE,
                    "the store did not send the graph " + name.getURI() + " (HTTP " + status + " from "
                            + settings.gspUrl() + "): "
                            + bounded(new String(response.body(), StandardCharsets.UTF_8)));
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body()))
                .lang(Lang.NTRIPLES)
                .parse(graph);
        return graph;
    }

    private Graph construct(Node name) {
        Query q = QueryFactory.create(
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + NodeFmtLib.strNT(name) + " { ?s ?p ?o } }");
        return retried(() -> {
            try (QueryExec exec =
                    builder(q, settings.requestTimeout().toMillis()).build()) {
                return exec.construct();
            }
        });
    }

    /** Sends one SPARQL Update request; never sent twice. */
    void update(UpdateRequest request) {
        UpdateExecHTTPBuilder b = UpdateExecHTTP.newBuilder()
                .endpoint(settings.updateUrl())
                .httpClient(client)
                .update(request);
        headers.forEach(b::httpHeader);
        try {
            b.build().execute();
        } catch (RuntimeException e) {
            throw new MdkgException(
                    ErrorKind.FAILURE,
                    "the store at " + settings.updateUrl() + " did not take the write (" + e.getMessage()
                            + (e instanceof HttpException h && h.getResponse() != null
                                    ? ": " + bounded(h.getResponse().strip())
                                    : "")
                            + ")",
                    e);
        }
    }

    private QueryExecHTTPBuilder builder(Query query, long timeoutMillis) {
        QueryExecHTTPBuilder b = QueryExecHTTP.newBuilder()
                .endpoint(settings.queryUrl())
                .httpClient(client)
                .query(query)
                // a GET, or an HTML-form POST when too long for a URL: Virtuoso 7.2.5 never answers a POST of
                // application/sparql-query (Jena's default for a long query, as every query with mdkg's FROM list is)
                .sendMode(QuerySendMode.asGetWithLimitForm)
                // results as XML first: Virtuoso 7.2.5 writes JSON results about five times slower (46,223 rows:
                // 5.9 s as JSON, 1.2 s as XML)
                .acceptHeaderSelectQuery(SELECT_ACCEPT)
                .timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        headers.forEach(b::httpHeader);
        return b;
    }

    private <T> T retried(Supplier<T> read) {
        for (int attempt = 0; ; attempt++) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                if (causedBy(e, HttpTimeoutException.class)
                        || causedBy(e, CompleteAnswers.PartialAnswer.class)
                        || isStoreTimeout(e)) {
                    throw new QueryCancelledException();
                }
                if (!isTransient(e)) {
                    throw e;
                }
                if (attempt >= settings.readRetries()) {
                    throw unreachable(e);
                }
            }
        }
    }

    /**
     * The store's own time limit, not sent again, a time-out as ours is: Fuseki answers 503, a gateway 504, and
     * Virtuoso 7 a 500 whose text names SQL state S1T00 ("SR171: Transaction timed out").
     */
    private static boolean isStoreTimeout(RuntimeException e) {
        if (!(e instanceof QueryExceptionHTTP http)) {
            return false;
        }
        int status = http.getStatusCode();
        return status == 503
                || status == 504
                || status == 500 && String.valueOf(http.getResponse()).contains("S1T00");
    }

    private static boolean isTransient(RuntimeException e) {
        if (e instanceof QueryExceptionHTTP http) {
            int status = http.getStatusCode();
            return status == 502 || status <= 0 && causedBy(e, IOException.class);
        }
        return causedBy(e, ConnectException.class) || causedBy(e, IOException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private MdkgException unreachable(Exception e) {
        return new MdkgException(
                ErrorKind.FAILURE,
                "the store at " + settings.queryUrl() + " cannot be reached (" + e.getMessage() + "); "
                        + "check that it runs and that MDKG_STORE names it");
    }

    private static String bounded(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** An open SELECT: its rows and the execution that holds the connection. */
    record Rows(QueryExec exec, RowSet rows) implements AutoCloseable {
        @Override
        public void close() {
            exec.close();
        }
    }
}
