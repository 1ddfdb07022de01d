package org.mdkg.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * An in-memory copy of the store (every graph except the change log) on which a write is tried first. It is
 * an in-memory TDB2 dataset with the same union-default-graph setting, so a SPARQL Update's WHERE clause sees
 * exactly what it would see on the store. No federated SERVICE calls are allowed on it.
 */
final class Snapshot implements AutoCloseable {
    private final DatasetGraph copy;

    private Snapshot(DatasetGraph copy) {
        this.copy = copy;
    }

    /** Copies {@code store} inside one read transaction, so the copy is a consistent state. */
    static Snapshot of(DatasetGraph store) {
        DatasetGraph copy = DatabaseMgr.createDatasetGraph();
        copy.getContext().set(TDB2.symUnionDefaultGraph, true);
        copy.getContext().set(Service.httpServiceAllowed, false);
        Txn.executeRead(store, () -> Txn.executeWrite(copy, () -> store.find().forEachRemaining(q -> {
            if (!ChangeTerms.GRAPH.equals(q.getGraph())) {
                copy.add(q);
            }
        })));
        return new Snapshot(copy);
    }

    DatasetGraph dataset() {
        return copy;
    }

    /** The quads of one graph, for comparing it before and after a change; call inside a transaction. */
    static List<Quad> graphContent(DatasetGraph dsg, Node graph) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.sort(java.util.Comparator.comparing(Delta::line));
        return quads;
    }

    /** Every triple of every named graph except the change log, as one plain graph SHACL can check. */
    static Graph dataGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> {
                if (!ChangeTerms.GRAPH.equals(q.getGraph())) {
                    g.add(q.asTriple());
                }
            });
            return g;
        });
    }

    /**
     * Quads in {@code after} but not {@code before}, and the reverse; the change log is left out of both. A quad
     * the store lists but cannot look up again (a non-canonical decimal such as {@code "1.000"} is stored by value
     * and reads back as {@code "1.0"}, which TDB2 then cannot find or delete) is left out of the removals, as no
     * write could remove it.
     */
    static Delta diff(DatasetGraph before, DatasetGraph after) {
        return Txn.calculateRead(before, () -> Txn.calculateRead(after, () -> {
            List<Quad> added = new ArrayList<>();
            List<Quad> removed = new ArrayList<>();
            after.find().forEachRemaining(q -> {
                if (!ChangeTerms.GRAPH.equals(q.getGraph()) && !holds(before, q)) {
                    added.add(q);
                }
            });
            before.find().forEachRemaining(q -> {
                if (!ChangeTerms.GRAPH.equals(q.getGraph()) && !holds(after, q) && before.contains(q)) {
                    removed.add(q);
                }
            });
            return new Delta(added, removed);
        }));
    }

    /**
     * Whether {@code dsg} holds {@code q}, a literal object compared by value: TDB2 stores numbers by value, so
     * {@code "0.000"^^xsd:decimal} reads back as {@code "0.0"}, and looking that up again is not an exact match.
     */
    private static boolean holds(DatasetGraph dsg, Quad q) {
        if (dsg.contains(q)) {
            return true;
        }
        if (!q.getObject().isLiteral()) {
            return false;
        }
        var it = dsg.find(q.getGraph(), q.getSubject(), q.getPredicate(), Node.ANY);
        while (it.hasNext()) {
            if (it.next().getObject().sameValueAs(q.getObject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The delta without blank-node churn in {@code graph}: derivations recreate their blank nodes (scorecard
     * entries) on every run, so a removed entry and an added one with the same properties are the same fact
     * under a new label and both are dropped from the delta. Only entries that really changed are rewritten.
     */
    static Delta withoutBlankNodeChurn(Delta delta, Node graph) {
        Map<Node, String> removed = entries(delta.removed(), graph);
        Map<Node, String> added = entries(delta.added(), graph);
        Map<String, java.util.Deque<Node>> unmatched = new HashMap<>();
        removed.forEach((b, sig) -> unmatched.computeIfAbsent(sig, k -> new java.util.ArrayDeque<>()).add(b));
        Set<Node> same = new HashSet<>();
        added.forEach((b, sig) -> {
            java.util.Deque<Node> candidates = unmatched.get(sig);
            if (candidates != null && !candidates.isEmpty()) {
                same.add(b);
                same.add(candidates.poll());
            }
        });
        if (same.isEmpty()) {
            return delta;
        }
        return new Delta(delta.added().stream().filter(q -> !same.contains(q.getSubject())).toList(),
                delta.removed().stream().filter(q -> !same.contains(q.getSubject())).toList());
    }

    /** A term as its value: blank nodes alike, numbers by numeric value whatever their lexical form. */
    private static String valueForm(Node o) {
        if (o.isBlank()) {
            return "_:b";
        }
        if (o.isLiteral() && o.getLiteralValue() instanceof Number n) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString() + "^^" + o.getLiteralDatatypeURI();
        }
        return Delta.line(new Quad(Quad.defaultGraphIRI, o, o, o));
    }

    /** Each blank subject of {@code graph} with the sorted properties it has in {@code quads}. */
    private static Map<Node, String> entries(List<Quad> quads, Node graph) {
        Map<Node, List<String>> props = new HashMap<>();
        quads.stream().filter(q -> graph.equals(q.getGraph()) && q.getSubject().isBlank())
                .forEach(q -> props.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                        .add(q.getPredicate().getURI() + " " + valueForm(q.getObject())));
        Map<Node, String> signatures = new HashMap<>();
        props.forEach((b, lines) -> {
            lines.sort(null);
            signatures.put(b, String.join("\n", lines));
        });
        return signatures;
    }

    @Override
    public void close() {
        copy.close();
        TDBInternal.expel(copy);
    }
}
