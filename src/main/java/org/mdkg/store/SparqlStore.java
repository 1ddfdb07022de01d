package org.mdkg.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.base.Sha256;
import org.mdkg.config.RemoteStore;
import org.mdkg.vocab.CHANGE;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store reached only through the SPARQL 1.1 Query and Graph Store protocols (Fuseki, Virtuoso, any engine that
 * speaks them), so that several mdkg front-ends can serve one store. Reads go to the store at every request: the
 * version is the token every write through mdkg leaves in {@code urn:mdkg:graph:meta} (one small query), and the
 * list of named graphs that queries are sent with is kept per version. A write is computed on a copy in memory and
 * sent as one update ({@link WriteBuffer}); {@link #replaceAll} fills an empty store with a dataset computed in
 * memory (the first load). The store's graphs are mdkg's own, those named {@code urn:mdkg:graph:…}: an engine's
 * graphs of its own (Virtuoso's {@code virtrdf#}…) and other tools' graphs are neither listed, queried nor written.
 */
public final class SparqlStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlStore.class);
    private static final Query VERSION = QueryFactory.create("SELECT ?v { GRAPH " + NodeFmtLib.strNT(GraphNames.META)
            + " { " + NodeFmtLib.strNT(DatasetVersion.STORE) + " " + NodeFmtLib.strNT(CHANGE.dataVersion)
            + " ?v } }");
    /** A SELECT, not an ASK: Virtuoso 7 answers an ASK with a one-row result set, not a boolean. */
    private static final Query ANY =
            QueryFactory.create("SELECT ?g { GRAPH ?g { ?s ?p ?o } " + RemoteDataset.MDKG_GRAPHS + " } LIMIT 1");

    private static final Query SOURCES = QueryFactory.create("""
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?g ?src ?id ?mod { GRAPH <urn:mdkg:graph:meta> { ?g dct:source ?src ; dct:identifier ?id ;
              dct:modified ?mod } }
            """);

    private static final int SNAPSHOT_TRIES = 3;

    private final RemoteStore settings;
    private final SparqlEndpoint endpoint;
    private final RemoteDataset dataset;
    private final StoreGate gate = new StoreGate();
    private final Object lock = new Object();
    private String graphsVersion;
    private List<Node> graphs = List.of();

    private SparqlStore(RemoteStore settings) {
        this.settings = settings;
        this.endpoint = new SparqlEndpoint(settings);
        this.dataset = new RemoteDataset(endpoint, this::currentGraphs);
    }

    /** The store {@code settings} name; nothing is sent until it is used. */
    public static SparqlStore connect(RemoteStore settings) {
        RemoteQueryEngine.register();
        return new SparqlStore(settings);
    }

    @Override
    public String kind() {
        return "SPARQL";
    }

    @Override
    public String location() {
        return settings.queryUrl();
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public String version() {
        List<Binding> kept = endpoint.selectAll(VERSION);
        if (!kept.isEmpty()) {
            return kept.get(0).get("v").getLiteralLexicalForm();
        }
        // written by other tools: the graphs and their sizes stand in for the token
        return Sha256.hex(counts().toString()).substring(0, 16);
    }

    @Override
    public void renewVersion() {
        DatasetVersion.renew(dataset);
    }

    @Override
    public long tripleCount() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public List<Node> graphNames() {
        return new ArrayList<>(counts().keySet());
    }

    @Override
    public List<GraphInfo> describeGraphs() {
        Map<Node, Binding> sources = new HashMap<>();
        for (Binding b : endpoint.selectAll(SOURCES)) {
            sources.putIfAbsent(b.get("g"), b);
        }
        List<GraphInfo> infos = new ArrayList<>();
        counts().forEach((g, n) -> {
            Binding s = sources.get(g);
            infos.add(new GraphInfo(
                    g.getURI(),
                    n,
                    s == null ? "" : s.get("src").getLiteralLexicalForm(),
                    s == null ? "" : s.get("id").getLiteralLexicalForm().replace("sha256:", ""),
                    s == null ? "" : s.get("mod").getLiteralLexicalForm()));
        });
        return infos;
    }

    @Override
    public boolean isEmpty() {
        return endpoint.selectAll(ANY).isEmpty();
    }

    @Override
    public StoreGate gate() {
        return gate;
    }

    /**
     * Sends every named graph of {@code source} to the store (Graph Store protocol PUT, one request per graph), the
     * metadata graph last: it holds the version, so a store whose upload broke off is not taken for a loaded one.
     */
    public void replaceAll(DatasetGraph source) {
        long t0 = System.nanoTime();
        List<Node> names = Txn.calculateRead(source, () -> {
            List<Node> all = new ArrayList<>();
            source.listGraphNodes().forEachRemaining(all::add);
            return all;
        });
        names.sort((a, b) -> Boolean.compare(GraphNames.META.equals(a), GraphNames.META.equals(b)));
        Txn.executeRead(source, () -> names.forEach(g -> endpoint.put(g, source.getGraph(g))));
        LOG.info(
                "Sent {} graphs to {} in {} ms", names.size(), settings.gspUrl(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Drops the staging graphs that staged writes begun over an hour ago, and never finished, left in the store
     * ({@link StagedCommit#dropAbandoned}); returns how many.
     */
    public int dropAbandonedStaging() {
        return StagedCommit.dropAbandoned(endpoint, Instant.now());
    }

    /**
     * Replaces all of mdkg's graphs with those of {@code content} in one conditional update ({@link
     * StagedCommit#restore}): every graph of {@code content} must be one of mdkg's ({@code urn:mdkg:graph:…}), and a
     * write another front-end committed meanwhile makes the restore change nothing and fail. A blank node shared by
     * two graphs becomes one per graph, as in the first load ({@link #replaceAll}).
     */
    @Override
    public void restore(DatasetGraph content) {
        if (!content.getDefaultGraph().isEmpty()) {
            throw new MdkgException(
                    ErrorKind.BAD_INPUT,
                    "the backup has triples outside any named graph, which mdkg never writes; nothing was restored");
        }
        content.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI() || !g.getURI().startsWith(GraphNames.PREFIX)) {
                throw new MdkgException(
                        ErrorKind.BAD_INPUT,
                        "the backup has a graph " + g + " outside mdkg's (" + GraphNames.PREFIX
                                + "…), which a remote store's queries would not see; nothing was restored");
            }
        });
        var kept = content.find(GraphNames.META, DatasetVersion.STORE, CHANGE.dataVersion, Node.ANY);
        Node after = kept.hasNext() ? kept.next().getObject() : null;
        StagedCommit.restore(endpoint, content, dataset.versionNow(), after);
        if (!Objects.equals(after, dataset.versionNow())) {
            throw new MdkgException(
                    ErrorKind.FAILURE,
                    "another front-end wrote to the store while the backup was sent, so it was not restored; "
                            + "nothing was changed; try again");
        }
    }

    /**
     * Reads every mdkg graph with a Graph Store protocol {@code GET} (one request per graph, a {@code CONSTRUCT} if
     * the store has no GSP endpoint) and sends the quads to {@code sink} only when the snapshot is consistent: the
     * store's version was the same before and after the reads, and every graph arrived with as many triples as the
     * store counts for it. Another front-end's write meanwhile makes it read again (at most {@value #SNAPSHOT_TRIES}
     * times); a graph that arrived cut is refused. The graphs are held in memory until then.
     */
    @Override
    public void snapshot(Consumer<Quad> sink) {
        for (int attempt = 1; ; attempt++) {
            String before = version();
            Map<Node, Long> counts = counts();
            Map<Node, Graph> read = new java.util.LinkedHashMap<>();
            counts.keySet().forEach(g -> read.put(g, endpoint.get(g)));
            if (before.equals(version())) {
                read.forEach((g, graph) -> {
                    if (graph.size() != counts.get(g)) {
                        throw new MdkgException(
                                ErrorKind.STORE_DAMAGED,
                                "the store at " + settings.gspUrl() + " sent " + graph.size() + " triples of "
                                        + g.getURI() + " but counts " + counts.get(g)
                                        + " (does it cut results, as Virtuoso's ResultSetMaxRows does?); "
                                        + "nothing was written");
                    }
                    graph.find().forEachRemaining(t -> sink.accept(Quad.create(g, t)));
                });
                return;
            }
            if (attempt >= SNAPSHOT_TRIES) {
                throw new MdkgException(
                        ErrorKind.FAILURE,
                        "the store at " + settings.queryUrl() + " changed during each of " + SNAPSHOT_TRIES
                                + " reads of its graphs, so no consistent snapshot was taken; try again");
            }
        }
    }

    /** The named graphs and their sizes, from one query. */
    private Map<Node, Long> counts() {
        return RemoteDataset.counts(endpoint);
    }

    /** The named graphs now, asked again only when the version changed. */
    private List<Node> currentGraphs() {
        String v = version();
        synchronized (lock) {
            if (!v.equals(graphsVersion)) {
                graphs = List.copyOf(counts().keySet());
                graphsVersion = v;
            }
            return graphs;
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
