package org.mdkg.write;

import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.mdkg.load.DerivationStep;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits writes safely, one at a time: the change is applied to an in-memory copy of the store, the
 * derivations are re-run on the copy, the copy is SHACL-checked, and only the resulting delta is applied to
 * TDB2 in one write transaction together with its change record. Anything wrong is found before that
 * transaction opens, so TDB2 never sees an aborted write on the bad-input path.
 */
public final class WriteService {
    private static final Logger LOG = LoggerFactory.getLogger(WriteService.class);

    private final Store store;
    private final List<DerivationStep> derivations;
    private final ReentrantLock lock = new ReentrantLock();
    /** Violations of the committed state, known after the first write; only this service writes meanwhile. */
    private Set<ShapeResult> committedViolations;

    public WriteService(Store store, List<DerivationStep> derivations) {
        this.store = store;
        this.derivations = List.copyOf(derivations);
    }

    /**
     * Tries {@code change} on a copy, validates, and commits the delta.
     *
     * @param source      the files or request the data came from, recorded with the change
     * @param inputSha256 SHA-256 of the input bytes (may be empty)
     * @throws RejectedWriteException if the change fails, writes where it may not, or adds SHACL violations
     */
    public ChangeRecord commit(Author author, String source, String inputSha256, Consumer<DatasetGraph> change) {
        lock.lock();
        try (Snapshot snapshot = Snapshot.of(store.dataset())) {
            long t0 = System.nanoTime();
            DatasetGraph copy = snapshot.dataset();
            ShapeValidator before = ShapesCheck.validatorFor(copy);
            Set<ShapeResult> known = before == null ? Set.of() : knownViolations(before);
            tryOn(copy, change);
            ShapeValidator after = ShapesCheck.validatorFor(copy);
            Set<ShapeResult> afterViolations = after == null ? Set.of() : ShapesCheck.violations(after, copy);
            List<ShapeResult> introduced = ShapesCheck.introduced(known, afterViolations);
            if (!introduced.isEmpty()) {
                throw RejectedWriteException.violations(introduced);
            }
            Delta delta = Snapshot.withoutBlankNodeChurn(Snapshot.diff(store.dataset(), copy), GraphNames.DERIVED);
            ChangeRecord record = ChangeLog.newRecord(author, source, inputSha256, delta, ChangeSummary.of(delta, copy));
            List<String> patch = delta.added().size() + delta.removed().size() <= ChangeLog.MAX_PATCH_LINES
                    ? delta.patchLines() : null;
            DatasetGraph dsg = store.dataset();
            List<Quad> derived = derivedIfChanged(delta, copy);
            Txn.executeWrite(dsg, () -> {
                delta.removed().forEach(dsg::delete);
                delta.added().forEach(dsg::add);
                if (derived != null) {
                    dsg.deleteAny(GraphNames.DERIVED, Node.ANY, Node.ANY, Node.ANY);
                    derived.forEach(dsg::add);
                }
                ChangeLog.write(dsg, record, patch);
            });
            committedViolations = afterViolations;
            LOG.info("Change {} by {} from {}: +{} -{} quads in {} ms", record.id(), author.name(), source,
                    record.added(), record.removed(), (System.nanoTime() - t0) / 1_000_000);
            return record;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The copy's whole derived graph when the delta touches it, so the store ends with exactly what the derivations
     * computed (the derived graph is replaced as a whole rather than patched quad by quad); null when unchanged.
     */
    private static List<Quad> derivedIfChanged(Delta delta, DatasetGraph copy) {
        boolean touched = delta.graphs().contains(GraphNames.DERIVED.getURI());
        return touched ? Txn.calculateRead(copy, () -> Snapshot.graphContent(copy, GraphNames.DERIVED)) : null;
    }

    private Set<ShapeResult> knownViolations(ShapeValidator validator) {
        if (committedViolations == null) {
            committedViolations = ShapesCheck.violations(validator, store.dataset());
        }
        return committedViolations;
    }

    /** Applies the change and the derivations to the copy, refusing writes to graphs mdkg keeps itself. */
    private void tryOn(DatasetGraph copy, Consumer<DatasetGraph> change) {
        Txn.executeWrite(copy, () -> {
            List<Quad> meta = Snapshot.graphContent(copy, GraphNames.META);
            List<Quad> derived = Snapshot.graphContent(copy, GraphNames.DERIVED);
            try {
                change.accept(copy);
            } catch (RejectedWriteException e) {
                throw e;
            } catch (org.apache.jena.query.QueryCancelledException e) {
                throw new RejectedWriteException(503, "the update ran past its time limit and changed nothing");
            } catch (RuntimeException e) {
                throw new RejectedWriteException(400, "the write failed and changed nothing: " + e.getMessage());
            }
            refuseSystemGraphWrites(copy, meta, derived);
            derivations.forEach(step -> step.apply(copy));
        });
    }

    private static void refuseSystemGraphWrites(DatasetGraph copy, List<Quad> meta, List<Quad> derived) {
        if (copy.find(ChangeTerms.GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()
                || !meta.equals(Snapshot.graphContent(copy, GraphNames.META))
                || !derived.equals(Snapshot.graphContent(copy, GraphNames.DERIVED))) {
            throw new RejectedWriteException(403, "the graphs " + ChangeTerms.GRAPH.getURI() + ", "
                    + GraphNames.META.getURI() + " and " + GraphNames.DERIVED.getURI() + " are kept by mdkg and cannot be written");
        }
        var it = copy.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
        boolean hasDefault = false;
        while (it.hasNext()) {
            if (it.next().isDefaultGraph()) {
                hasDefault = true;
                break;
            }
        }
        if (hasDefault) {
            throw new RejectedWriteException(400, "triples must go into a named graph (GRAPH <urn:mdkg:graph:...>); "
                    + "the default graph is the read-only union of all named graphs");
        }
    }
}
