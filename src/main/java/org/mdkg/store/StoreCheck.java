package org.mdkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The integrity check of a TDB2 store ({@code mdkg check}, and {@code mdkg serve} before it serves): in one read
 * transaction, every index of the triple table (SPO, POS, OSP) and of the quad table (GSPO, GPOS, GOSP, SPOG, POSG,
 * OSPG) is read whole and must hold the same number of tuples — for quads, the same number in each graph; each tuple
 * of the first index is looked up in every other one (all of them up to {@link #LOOKUPS}, then an even sample); and
 * every node those tuples use is read from the node file and looked up again in the node index, which must give back
 * the same id (a damaged node file reads as a different term, or as none).
 */
public final class StoreCheck {
    /** Tuples of each table looked up in every other index; past this, an even sample of about this many. */
    static final int LOOKUPS = 1_000_000;
    /** Distinct nodes read back from the node file and looked up again. */
    static final int NODES = 2_000_000;
    /** Problems listed before the rest are only counted. */
    private static final int SHOWN = 20;

    /** What was checked, and what was wrong (empty when the store is whole). */
    public record Report(List<String> checked, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final List<String> checked = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int problemCount;

    private StoreCheck() {}

    /** Checks {@code store}; a store that is not TDB2 (in memory too) is checked the same way. */
    public static Report run(Store store) {
        StoreCheck check = new StoreCheck();
        DatasetGraph dsg = store.dataset();
        try {
            Txn.executeRead(dsg, () -> check.all(TDBInternal.getDatasetGraphTDB(dsg)));
        } catch (RuntimeException | InternalError e) {
            check.problem("the store could not be read: " + e);
        }
        if (check.problemCount > SHOWN) {
            check.problems.add("… and " + (check.problemCount - SHOWN) + " more problems");
        }
        return new Report(List.copyOf(check.checked), List.copyOf(check.problems));
    }

    private void all(DatasetGraphTDB tdb) {
        Set<NodeId> nodes = new HashSet<>();
        table("triples", tdb.getTripleTable().getNodeTupleTable(), -1, nodes);
        table("quads", tdb.getQuadTable().getNodeTupleTable(), 0, nodes);
        // the file itself, not the caches in front of it (which would answer the way back from memory)
        nodes(tdb.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable(), nodes);
    }

    /** Counts every index of {@code table} (per graph when {@code graphSlot} ≥ 0) and cross-checks lookups. */
    private void table(String name, NodeTupleTable table, int graphSlot, Set<NodeId> nodes) {
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        long[] counts = new long[indexes.length];
        List<Map<NodeId, Long>> perGraph = new ArrayList<>();
        for (int i = 0; i < indexes.length; i++) {
            Map<NodeId, Long> graphs = new HashMap<>();
            Iterator<Tuple<NodeId>> it = indexes[i].all();
            while (it.hasNext()) {
                Tuple<NodeId> t = it.next();
                counts[i]++;
                if (graphSlot >= 0) {
                    graphs.merge(t.get(graphSlot), 1L, Long::sum);
                }
            }
            perGraph.add(graphs);
        }
        StringBuilder line = new StringBuilder(name + ":");
        for (int i = 0; i < indexes.length; i++) {
            line.append(' ').append(indexes[i].getName()).append(' ').append(counts[i]);
            if (counts[i] != counts[0]) {
                problem("the " + name + " index " + indexes[i].getName() + " holds " + counts[i] + " tuples, "
                        + indexes[0].getName() + " holds " + counts[0]);
            } else if (!perGraph.get(i).equals(perGraph.get(0))) {
                problem("the " + name + " index " + indexes[i].getName() + " counts the graphs differently from "
                        + indexes[0].getName());
            }
        }
        checked.add(line.toString());
        long step = Math.max(1, counts[0] / LOOKUPS);
        long looked = 0;
        long n = 0;
        Iterator<Tuple<NodeId>> it = indexes[0].all();
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            if (n++ % step != 0) {
                continue;
            }
            looked++;
            for (int k = 0; k < t.len() && nodes.size() < NODES; k++) {
                nodes.add(t.get(k));
            }
            for (int i = 1; i < indexes.length; i++) {
                if (!indexes[i].find(t).hasNext()) {
                    problem("the " + name + " index " + indexes[i].getName() + " lacks " + t + " that "
                            + indexes[0].getName() + " holds");
                }
            }
        }
        checked.add(name + ": " + looked + " tuples looked up in every other index");
    }

    /** Each node read from the node file and looked up again must give back its id. */
    private void nodes(NodeTable nodeTable, Set<NodeId> ids) {
        long read = 0;
        for (NodeId id : ids) {
            if (NodeId.isInline(id) || !NodeId.isConcrete(id)) {
                continue;
            }
            read++;
            Node node;
            try {
                node = nodeTable.getNodeForNodeId(id);
            } catch (RuntimeException e) {
                problem("the node file cannot be read at " + id + ": " + e.getMessage());
                continue;
            }
            if (node == null) {
                problem("the node file holds nothing for " + id);
                continue;
            }
            NodeId again = nodeTable.getNodeIdForNode(node);
            if (!Objects.equals(id, again)) {
                problem("the node file and the node index disagree: " + id + " reads as " + abbreviated(node.toString())
                        + ", which the index gives as " + again);
            }
        }
        checked.add("nodes: " + read + " read from the node file and looked up again in the node index");
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private void problem(String text) {
        if (problemCount++ < SHOWN) {
            problems.add(text);
        }
    }
}
