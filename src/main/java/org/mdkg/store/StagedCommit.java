package org.mdkg.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.update.UpdateRequest;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.vocab.CHANGE;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large write through a remote store, sent in parts that any engine takes. Virtuoso 7.2.5 refuses a write's one
 * update once its data are large ("The length of generated SQL text has exceeded 10000 lines of code"), so a write
 * of more than {@value #MAX_INLINE} quads is staged:
 * <ol>
 *   <li>the quads it removes and those it adds, graph by graph, are uploaded into staging graphs of their own
 *       (Graph Store protocol {@code PUT}), with a map graph saying which staging graph adds to or removes from which
 *       graph; their names start {@value #PREFIX}, outside mdkg's {@code urn:mdkg:graph:}, so no query, count or
 *       copy of mdkg reads them;</li>
 *   <li>the staging graphs are counted, so that a cut upload is never committed;</li>
 *   <li>one small update, whose text is the same few patterns whatever the size of the write, copies them in on the
 *       condition every write has (the store still holds the version the write began at) and sets the new version:
 *       {@code DELETE {GRAPH ?g {?s ?p ?o}} WHERE {unchanged · GRAPH map {?x removesFrom ?g} GRAPH ?x {?s ?p ?o}}},
 *       the same with {@code INSERT} and {@code addsTo}, then the version and any added quad with a blank node
 *       inline (a blank node must keep its identity across graphs, which separate uploads would not give it);</li>
 *   <li>the staging graphs are dropped, whether the write went through or not. The map, uploaded first, says when
 *       the write began, so that the next start over the store drops what a front-end that stopped meanwhile left
 *       ({@link #dropAbandoned}).</li>
 * </ol>
 * Atomic on the remote side as far as the engine runs that one update request atomically, as a small write is.
 */
final class StagedCommit {
    private static final Logger LOG = LoggerFactory.getLogger(StagedCommit.class);
    /** More changed quads than this, and a write is staged instead of sent in one update's text. */
    static final int MAX_INLINE = 1_000;
    /** The start of the staging graphs' names. */
    static final String PREFIX = "urn:mdkg:staging:";
    /** The last part of a staged write's map graph, {@code urn:mdkg:staging:<uuid>:map}. */
    private static final String MAP = "map";

    private static final Node ADDS_TO = NodeFactory.createURI(PREFIX + "addsTo");
    private static final Node REMOVES_FROM = NodeFactory.createURI(PREFIX + "removesFrom");
    private static final Node PARTS = NodeFactory.createURI(PREFIX + "parts");
    /** When the staged write began: the map's first triple, so that what a stopped front-end left can be told. */
    private static final Node STARTED = NodeFactory.createURI(PREFIX + "started");
    /** A staged write begun longer ago than this is taken as abandoned (one takes seconds; a very large one minutes). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private static final int DROPS_PER_REQUEST = 10;

    private StagedCommit() {}

    /** Sends {@code write} staged, as above; the caller checks the version afterwards, as for any write. */
    static void send(SparqlEndpoint endpoint, WriteBuffer write) {
        String id = PREFIX + UUID.randomUUID() + ":";
        Node map = NodeFactory.createURI(id + MAP);
        Map<Node, Graph> staged = new LinkedHashMap<>();
        Graph links = GraphFactory.createDefaultGraph();
        List<Quad> inlineRemoved = new ArrayList<>();
        List<Quad> inlineAdded = new ArrayList<>();
        stage(write.removed(), id + "removes:", REMOVES_FROM, map, staged, links, inlineRemoved);
        stage(write.added(), id + "adds:", ADDS_TO, map, staged, links, inlineAdded);
        UpdateRequest request = new UpdateRequest();
        request.add(copy(write.unchanged(), map, REMOVES_FROM, false));
        request.add(copy(write.unchanged(), map, ADDS_TO, true));
        if (!inlineRemoved.isEmpty() || !inlineAdded.isEmpty()) {
            UpdateModify last = write.modify(inlineRemoved, inlineAdded);
            ((ElementGroup) last.getWherePattern()).addElement(marker(map, staged.size()));
            request.add(last);
        }
        long ms = commit(endpoint, id, map, staged, links, request);
        LOG.info("Staged write of {} quads in {} graphs committed in {} ms", write.size(), staged.size(), ms);
    }

    /**
     * Uploads the staging graphs and their map (with its count of parts), counts them, sends {@code request}, and drops
     * them whether it went through or not; returns the milliseconds it took.
     */
    private static long commit(
            SparqlEndpoint endpoint, String id, Node map, Map<Node, Graph> staged, Graph links, UpdateRequest request) {
        links.add(Triple.create(map, PARTS, count(staged.size())));
        links.add(Triple.create(
                map, STARTED, NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        long t0 = System.nanoTime();
        try {
            // the map first: a part is never in the store without the map that dates it
            endpoint.put(map, links);
            staged.forEach(endpoint::put);
            checkUploads(endpoint, id, staged, map, links);
            endpoint.update(request);
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            List<Node> all = new ArrayList<>(staged.keySet());
            all.add(map);
            drop(endpoint, all);
        }
    }

    /**
     * Replaces all of mdkg's graphs in the store with those of {@code content} (a restore), staged as a large write
     * is: each graph of {@code content} is uploaded whole into a staging graph (so a blank node keeps its identity
     * within its graph), the uploads are counted, and one update, on the condition that the store still holds {@code
     * versionBefore}, deletes every quad of mdkg's graphs but the version, copies the staging graphs in, and sets the
     * version {@code content} holds (removes it if {@code content} holds none). The caller checks the version
     * afterwards.
     */
    static void restore(SparqlEndpoint endpoint, DatasetGraph content, Node versionBefore, Node versionAfter) {
        String id = PREFIX + UUID.randomUUID() + ":";
        Node map = NodeFactory.createURI(id + MAP);
        Map<Node, Graph> staged = new LinkedHashMap<>();
        Graph links = GraphFactory.createDefaultGraph();
        content.listGraphNodes().forEachRemaining(g -> {
            Graph triples = GraphFactory.createDefaultGraph();
            content.getGraph(g).find().forEachRemaining(t -> {
                if (!isVersion(Quad.create(g, t))) {
                    triples.add(t);
                }
            });
            if (!triples.isEmpty()) {
                Node name = NodeFactory.createURI(id + "restores:" + (staged.size() + 1));
                staged.put(name, triples);
                links.add(Triple.create(name, ADDS_TO, g));
            }
        });
        UpdateRequest request = new UpdateRequest();
        request.add(deleteAllButVersion(versionBefore));
        request.add(copy(WriteBuffer.unchanged(versionBefore), map, ADDS_TO, true));
        if (versionBefore != null || versionAfter != null) {
            UpdateModify version = new UpdateModify();
            if (versionBefore != null) {
                version.getDeleteAcc().addQuad(versionQuad(versionBefore));
            }
            if (versionAfter != null) {
                version.getInsertAcc().addQuad(versionQuad(versionAfter));
            }
            version.setHasDeleteClause(versionBefore != null);
            version.setHasInsertClause(versionAfter != null);
            ElementGroup where = WriteBuffer.unchanged(versionBefore);
            where.addElement(marker(map, staged.size()));
            version.setElement(where);
            request.add(version);
        }
        long ms = commit(endpoint, id, map, staged, links, request);
        LOG.info("Restore of {} graphs committed in {} ms", staged.size(), ms);
    }

    /** {@code DELETE {GRAPH ?g {?s ?p ?o}} WHERE {unchanged · GRAPH ?g {?s ?p ?o}}}, over mdkg's graphs, but the version. */
    private static UpdateModify deleteAllButVersion(Node versionBefore) {
        Var g = Var.alloc("g");
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Triple spo = Triple.create(s, p, Var.alloc("o"));
        UpdateModify modify = new UpdateModify();
        modify.getDeleteAcc().addQuad(Quad.create(g, spo));
        modify.setHasDeleteClause(true);
        modify.setHasInsertClause(false);
        ElementGroup where = WriteBuffer.unchanged(versionBefore);
        ElementPathBlock data = new ElementPathBlock();
        data.addTriple(spo);
        where.addElement(new ElementNamedGraph(g, data));
        where.addElement(new ElementFilter(
                new E_StrStartsWith(new E_Str(new ExprVar(g)), NodeValue.makeString(GraphNames.PREFIX))));
        where.addElement(new ElementFilter(new E_LogicalOr(
                new E_NotEquals(new ExprVar(g), NodeValue.makeNode(GraphNames.META)),
                new E_LogicalOr(
                        new E_NotEquals(new ExprVar(s), NodeValue.makeNode(DatasetVersion.STORE)),
                        new E_NotEquals(new ExprVar(p), NodeValue.makeNode(CHANGE.dataVersion))))));
        modify.setElement(where);
        return modify;
    }

    private static boolean isVersion(Quad q) {
        return q.getSubject().equals(DatasetVersion.STORE)
                && q.getPredicate().equals(CHANGE.dataVersion)
                && q.getGraph().equals(GraphNames.META);
    }

    private static Quad versionQuad(Node version) {
        return Quad.create(GraphNames.META, DatasetVersion.STORE, CHANGE.dataVersion, version);
    }

    /**
     * Sorts {@code quads} into one staging graph per graph they change (linked in {@code links} to it by
     * {@code link}), except the version and any quad with a blank node, which go into {@code inline}.
     */
    private static void stage(
            Iterable<Quad> quads,
            String prefix,
            Node link,
            Node map,
            Map<Node, Graph> staged,
            Graph links,
            List<Quad> inline) {
        Map<Node, Graph> byGraph = RemoteDataset.byGraph();
        for (Quad q : quads) {
            if (q.getSubject().isBlank() || q.getObject().isBlank() || isVersion(q)) {
                inline.add(q);
            } else {
                byGraph.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph())
                        .add(q.asTriple());
            }
        }
        byGraph.forEach((g, triples) -> {
            Node name = NodeFactory.createURI(prefix + (staged.size() + 1));
            staged.put(name, triples);
            links.add(Triple.create(name, link, g));
        });
    }

    /** Refuses to commit if the store holds other than what was uploaded (an engine that cut or merged an upload). */
    private static void checkUploads(
            SparqlEndpoint endpoint, String id, Map<Node, Graph> staged, Node map, Graph links) {
        Query counts = QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?g), \"" + id + "\")) } GROUP BY ?g");
        Map<Node, Long> found = RemoteDataset.counts(endpoint, counts);
        Map<Node, Long> sent = RemoteDataset.byGraph();
        staged.forEach((g, triples) -> sent.put(g, (long) triples.size()));
        sent.put(map, (long) links.size());
        if (!found.equals(sent)) {
            throw new MdkgException(
                    ErrorKind.STORE_DAMAGED,
                    "the store at " + endpoint.queryUrl() + " holds other counts of the staged write than were sent "
                            + "(sent " + sent.values() + ", found " + found.values() + "), so it was not applied; "
                            + "nothing was changed");
        }
    }

    /** {@code DELETE} or {@code INSERT {GRAPH ?g {?s ?p ?o}} WHERE {unchanged · GRAPH map {?x link ?g} GRAPH ?x {…}}}. */
    private static UpdateModify copy(ElementGroup where, Node map, Node link, boolean insert) {
        Var g = Var.alloc("g");
        Var x = Var.alloc("x");
        Triple spo = Triple.create(Var.alloc("s"), Var.alloc("p"), Var.alloc("o"));
        UpdateModify modify = new UpdateModify();
        QuadAcc template = insert ? modify.getInsertAcc() : modify.getDeleteAcc();
        template.addQuad(Quad.create(g, spo));
        modify.setHasInsertClause(insert);
        modify.setHasDeleteClause(!insert);
        ElementPathBlock linked = new ElementPathBlock();
        linked.addTriple(Triple.create(x, link, g));
        where.addElement(new ElementNamedGraph(map, linked));
        ElementPathBlock data = new ElementPathBlock();
        data.addTriple(spo);
        where.addElement(new ElementNamedGraph(x, data));
        modify.setElement(where);
        return modify;
    }

    /** {@code GRAPH map {map parts n}}: the version moves only while the map the copies read is there. */
    private static ElementNamedGraph marker(Node map, int parts) {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(map, PARTS, count(parts)));
        return new ElementNamedGraph(map, block);
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * Drops the staging graphs of staged writes that began more than {@link #ABANDONED_AFTER} before {@code now}, or
     * whose map is gone: what a front-end that stopped in the middle of a staged write left behind (its finally
     * block never ran). A write still running has a recent map and is left alone. Returns how many graphs it dropped.
     */
    static int dropAbandoned(SparqlEndpoint endpoint, Instant now) {
        String staging = "FILTER(STRSTARTS(STR(?g), \"" + PREFIX + "\"))";
        Map<String, List<Node>> byWrite = new LinkedHashMap<>();
        for (Binding b : endpoint.selectAll(
                QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } " + staging + " } ORDER BY ?g"))) {
            Node g = b.get("g");
            String uri = g.getURI();
            int end = uri.indexOf(':', PREFIX.length());
            byWrite.computeIfAbsent(end < 0 ? uri : uri.substring(0, end + 1), k -> new ArrayList<>())
                    .add(g);
        }
        Map<String, Instant> started = new LinkedHashMap<>();
        for (Binding b : endpoint.selectAll(QueryFactory.create(
                "SELECT ?g ?t { GRAPH ?g { ?g " + NodeFmtLib.strNT(STARTED) + " ?t } " + staging + " }"))) {
            String uri = b.get("g").getURI();
            Instant t = instant(b.get("t").getLiteralLexicalForm());
            if (t != null) {
                started.put(uri.substring(0, uri.length() - MAP.length()), t);
            }
        }
        List<Node> abandoned = new ArrayList<>();
        byWrite.forEach((write, graphs) -> {
            Instant t = started.get(write);
            if (t == null || t.plus(ABANDONED_AFTER).isBefore(now)) {
                LOG.warn(
                        "Dropping {} staging graphs of a write that did not finish ({}, begun {})",
                        graphs.size(),
                        write,
                        t == null ? "at an unknown time" : t);
                // the map first: a write that is still running after all then copies nothing and sets no version
                graphs.stream().filter(StagedCommit::isMap).forEach(abandoned::add);
                graphs.stream().filter(g -> !isMap(g)).forEach(abandoned::add);
            }
        });
        drop(endpoint, abandoned);
        return abandoned.size();
    }

    private static boolean isMap(Node graph) {
        return graph.getURI().endsWith(":" + MAP);
    }

    /** An {@code xsd:dateTime} as an engine gives it back (with or without a zone: without one, UTC), or null. */
    private static Instant instant(String lexical) {
        try {
            TemporalAccessor t =
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(lexical, OffsetDateTime::from, LocalDateTime::from);
            return t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Drops the staging graphs, a few per request; a failure is logged (the graphs are outside mdkg's). */
    private static void drop(SparqlEndpoint endpoint, List<Node> graphs) {
        for (int i = 0; i < graphs.size(); i += DROPS_PER_REQUEST) {
            UpdateRequest request = new UpdateRequest();
            graphs.subList(i, Math.min(graphs.size(), i + DROPS_PER_REQUEST))
                    .forEach(g -> request.add(new UpdateDrop(Target.create(g), true)));
            try {
                endpoint.update(request);
            } catch (MdkgException e) {
                LOG.warn(
                        "Could not drop staging graphs of {}: {}", graphs.get(0).getURI(), e.getMessage());
            }
        }
    }
}
