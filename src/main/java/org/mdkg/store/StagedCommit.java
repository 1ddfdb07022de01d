package org.mdkg.store;

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
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
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
 *   <li>the staging graphs are dropped, whether the write went through or not.</li>
 * </ol>
 * Atomic on the remote side as far as the engine runs that one update request atomically, as a small write is.
 */
final class StagedCommit {
    private static final Logger LOG = LoggerFactory.getLogger(StagedCommit.class);
    /** More changed quads than this, and a write is staged instead of sent in one update's text. */
    static final int MAX_INLINE = 1_000;
    /** The start of the staging graphs' names. */
    static final String PREFIX = "urn:mdkg:staging:";

    private static final Node ADDS_TO = NodeFactory.createURI(PREFIX + "addsTo");
    private static final Node REMOVES_FROM = NodeFactory.createURI(PREFIX + "removesFrom");
    private static final Node PARTS = NodeFactory.createURI(PREFIX + "parts");
    private static final int DROPS_PER_REQUEST = 10;

    private StagedCommit() {}

    /** Sends {@code write} staged, as above; the caller checks the version afterwards, as for any write. */
    static void send(SparqlEndpoint endpoint, WriteBuffer write) {
        String id = PREFIX + UUID.randomUUID() + ":";
        Node map = NodeFactory.createURI(id + "map");
        Map<Node, Graph> staged = new LinkedHashMap<>();
        Graph links = GraphFactory.createDefaultGraph();
        List<Quad> inlineRemoved = new ArrayList<>();
        List<Quad> inlineAdded = new ArrayList<>();
        stage(write.removed(), id + "removes:", REMOVES_FROM, map, staged, links, inlineRemoved);
        stage(write.added(), id + "adds:", ADDS_TO, map, staged, links, inlineAdded);
        links.add(Triple.create(map, PARTS, count(staged.size())));
        long t0 = System.nanoTime();
        try {
            staged.forEach(endpoint::put);
            endpoint.put(map, links);
            checkUploads(endpoint, id, staged, map, links);
            UpdateRequest request = new UpdateRequest();
            request.add(copy(write, map, REMOVES_FROM, false));
            request.add(copy(write, map, ADDS_TO, true));
            if (!inlineRemoved.isEmpty() || !inlineAdded.isEmpty()) {
                UpdateModify last = write.modify(inlineRemoved, inlineAdded);
                ((ElementGroup) last.getWherePattern()).addElement(marker(map, staged.size()));
                request.add(last);
            }
            endpoint.update(request);
            LOG.info(
                    "Staged write of {} quads in {} graphs committed in {} ms",
                    write.size(),
                    staged.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            List<Node> all = new ArrayList<>(staged.keySet());
            all.add(map);
            drop(endpoint, all);
        }
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
            if (q.getSubject().isBlank()
                    || q.getObject().isBlank()
                    || (q.getSubject().equals(DatasetVersion.STORE)
                            && q.getPredicate().equals(CHANGE.dataVersion)
                            && q.getGraph().equals(GraphNames.META))) {
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
    private static UpdateModify copy(WriteBuffer write, Node map, Node link, boolean insert) {
        Var g = Var.alloc("g");
        Var x = Var.alloc("x");
        Triple spo = Triple.create(Var.alloc("s"), Var.alloc("p"), Var.alloc("o"));
        UpdateModify modify = new UpdateModify();
        QuadAcc template = insert ? modify.getInsertAcc() : modify.getDeleteAcc();
        template.addQuad(Quad.create(g, spo));
        modify.setHasInsertClause(insert);
        modify.setHasDeleteClause(!insert);
        ElementGroup where = write.unchanged();
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
