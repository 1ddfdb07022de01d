package org.mdkg.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.load.LoadPlan;
import org.mdkg.vocab.GraphNames;

/**
 * The graphs no write may change: the ones mdkg keeps itself (the change log, the load records, the derived graph)
 * and the ones loaded from {@code ontology/} (the ontology, its vocabularies and the SHACL shapes). Checked twice:
 * on what a request names, before anything runs (so {@code DROP GRAPH <…changes>} is refused even when that graph
 * is empty, {@code DROP ALL} and {@code CLEAR NAMED} always are, and one refused operation refuses the whole
 * request), and on what the write really changed (so a {@code GRAPH ?g} pattern cannot reach them either). Only
 * an operator's {@code mdkg load --ontology} may replace the ontology graphs; the others only mdkg writes.
 */
public final class SystemGraphGuard {
    private final boolean ontologyLoads;

    private SystemGraphGuard(boolean ontologyLoads) {
        this.ontologyLoads = ontologyLoads;
    }

    /** Every kept graph refused on every path. */
    public static SystemGraphGuard standard() {
        return new SystemGraphGuard(false);
    }

    /** As {@link #standard()}, except that a load may replace the graphs of {@code ontology/} (an operator's upgrade). */
    public static SystemGraphGuard allowingOntologyLoads() {
        return new SystemGraphGuard(true);
    }

    /** Whether no request may write {@code graph}. */
    public static boolean isKept(Node graph) {
        return GraphNames.SYSTEM.contains(graph) || GraphNames.isOntology(graph);
    }

    /** Refuses an update that names a kept graph as the target of any operation, or all graphs at once. */
    public static void refuseNamed(UpdateRequest request) {
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateDropClear dc && (dc.isAll() || dc.isAllNamed())) {
                throw refusal("DROP or CLEAR of ALL or NAMED graphs would remove the graphs mdkg keeps; "
                        + "name the graphs to drop one by one");
            }
            targets(op).filter(SystemGraphGuard::isKept).findFirst().ifPresent(g -> {
                throw kept(g);
            });
        }
    }

    /** Refuses a Graph Store request on a kept graph. */
    public static void refuseTarget(Node graph) {
        if (isKept(graph)) {
            throw kept(graph);
        }
    }

    /** Refuses a change that touched a kept graph, or left triples in no named graph. */
    static void refuseChanges(Delta change) {
        List<Quad> all = new ArrayList<>(change.added());
        all.addAll(change.removed());
        all.stream()
                .map(Quad::getGraph)
                .filter(SystemGraphGuard::isKept)
                .findFirst()
                .ifPresent(g -> {
                    throw kept(g);
                });
        if (all.stream().anyMatch(Quad::isDefaultGraph)) {
            throw new MdkgException(
                    ErrorKind.BAD_INPUT,
                    "triples must go into a named graph (GRAPH <urn:mdkg:graph:...>); "
                            + "the default graph is the read-only union of all named graphs");
        }
    }

    /** Refuses a load into the graphs mdkg keeps, and into the ontology graphs unless this guard allows that. */
    public void refuseLoad(LoadPlan plan) {
        Optional<Node> refused = plan.targets().stream()
                .filter(g -> GraphNames.SYSTEM.contains(g) || (!ontologyLoads && GraphNames.isOntology(g)))
                .findFirst();
        refused.ifPresent(g -> {
            throw GraphNames.isOntology(g)
                    ? refusal("the graph " + g.getURI() + " holds the ontology or its shapes; "
                            + "replace it with mdkg load --ontology (an operator's upgrade), or rebuild the store")
                    : kept(g);
        });
    }

    /** The graphs an operation writes or empties (reading a kept graph, e.g. {@code COPY} from it, is fine). */
    private static Stream<Node> targets(Update op) {
        if (op instanceof UpdateDropClear dc) {
            return dc.isOneGraph() ? Stream.of(dc.getGraph()) : Stream.empty();
        }
        if (op instanceof UpdateCreate create) {
            return Stream.ofNullable(create.getGraph());
        }
        if (op instanceof UpdateBinaryOp binary) {
            Stream<Target> written = op instanceof UpdateMove
                    ? Stream.of(binary.getSrc(), binary.getDest())
                    : Stream.of(binary.getDest());
            return written.filter(Target::isOneNamedGraph).map(Target::getGraph);
        }
        if (op instanceof UpdateData data) {
            return data.getQuads().stream().map(Quad::getGraph);
        }
        if (op instanceof UpdateDeleteWhere where) {
            return where.getQuads().stream().map(Quad::getGraph);
        }
        if (op instanceof UpdateModify modify) {
            return Stream.concat(
                    Stream.ofNullable(modify.getWithIRI()),
                    Stream.concat(modify.getDeleteQuads().stream(), modify.getInsertQuads().stream())
                            .map(Quad::getGraph));
        }
        return Stream.empty();
    }

    private static MdkgException kept(Node graph) {
        return refusal("the graph " + graph.getURI() + " is kept by mdkg (the change log, the load records, the "
                + "derived data, the shared queries, or the ontology and SHACL shapes loaded from ontology/) and cannot "
                + "be written; "
                + "nothing was changed");
    }

    private static MdkgException refusal(String message) {
        return new MdkgException(ErrorKind.FORBIDDEN, message);
    }
}
