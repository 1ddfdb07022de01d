package org.mdkg.analysis;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Reads the quads of a TDB2 store's named graphs (the union default graph the queries see) by property, as the
 * store's own node ids, so that a scan over tens of thousands of statements turns no id into an RDF term until
 * a result needs it. Called inside a read transaction.
 */
final class QuadScan {
    private final NodeTupleTable quads;
    private final NodeTable nodes;

    QuadScan(DatasetGraph dataset) {
        this.quads = TDBInternal.requireStorage(dataset).getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    /** The store's id of {@code node}, or null when the store has never held it. */
    NodeId id(Node node) {
        NodeId id = nodes.getNodeIdForNode(node);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    /** The RDF term of an id, or null for null. */
    Node node(NodeId id) {
        return id == null ? null : nodes.getNodeForNodeId(id);
    }

    /** Calls {@code pair} with subject and object of every quad with {@code property} and, if given, {@code object}. */
    void forEach(Node property, NodeId object, BiConsumer<NodeId, NodeId> pair) {
        NodeId p = id(property);
        if (p == null) {
            return;
        }
        Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p,
                object == null ? NodeId.NodeIdAny : object);
        it.forEachRemaining(q -> pair.accept(q.get(1), q.get(3)));
    }

    /** The subjects having one of {@code objects} as a value of {@code property}. */
    Set<NodeId> subjects(Node property, Collection<NodeId> objects) {
        Set<NodeId> found = new HashSet<>();
        objects.forEach(o -> forEach(property, o, (s, x) -> found.add(s)));
        return found;
    }
}
