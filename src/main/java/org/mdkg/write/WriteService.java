package org.mdkg.write;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.base.Sha256;
import org.mdkg.derive.Derivations;
import org.mdkg.derive.RecordingDataset;
import org.mdkg.load.LoadPlan;
import org.mdkg.load.LoadReport;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits writes safely, one at a time, each in one write transaction of the store: the change is applied (and
 * what it really changed recorded), writes to the graphs mdkg keeps itself are refused, the derivations are brought
 * up to date for what the change affects, the nodes it can affect are SHACL-checked, and the change is recorded in
 * the change log. Anything wrong aborts the
 * transaction, so a refused write changes nothing (Jena 6.1 fixed the TDB2 node-table corruption after an abort,
 * apache/jena #3877, which once made mdkg try every write on an in-memory copy first).
 */
public final class WriteService {
    private static final Logger LOG = LoggerFactory.getLogger(WriteService.class);

    private final Store store;
    private final Derivations derivations;
    private final ShapeValidator shapes;
    private final SystemGraphGuard guard;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    /**
     * Violations of the state this service last committed, known after its first write, and that state's version:
     * a write that begins on another version (another front-end wrote to the same remote store meanwhile, or a load
     * ran) does not trust them and computes them again.
     */
    private Set<ShapeResult> committedViolations;

    private String committedVersion;

    /** Checked against the shapes shipped in the jar; no kept graph may be written. */
    public WriteService(Store store, Derivations derivations) {
        this(store, derivations, GateShapes.shipped(), SystemGraphGuard.standard());
    }

    /** Checked against {@code shapes} ({@link GateShapes}); {@code guard} says which graphs a load may replace. */
    public WriteService(Store store, Derivations derivations, ShapeValidator shapes, SystemGraphGuard guard) {
        this.store = store;
        this.derivations = derivations;
        this.shapes = shapes;
        this.guard = guard;
    }

    /** Adds a listener told about each committed write, after its commit (the extension point for the index). */
    public void onCommit(CommitListener listener) {
        listeners.add(listener);
    }

    /**
     * Applies {@code change}, derives, validates and commits, recording exactly what changed.
     *
     * @param source      the files or request the data came from, recorded with the change
     * @param inputSha256 SHA-256 of the input bytes (may be empty)
     * @throws MdkgException if the change fails, writes where it may not, or adds SHACL violations
     */
    public ChangeRecord commit(Author author, String source, String inputSha256, Consumer<DatasetGraph> change) {
        return locked(source, () -> {
            DatasetGraph dsg = store.dataset();
            RecordingDataset recording = new RecordingDataset(dsg);
            apply(change, recording);
            Delta curated = new Delta(recording.added(), recording.removed());
            SystemGraphGuard.refuseChanges(curated);
            long t0 = System.nanoTime();
            Derivations.Update derived = derivations.update(dsg, curated.quads());
            Delta delta = curated.plus(new Delta(derived.added(), derived.removed()));
            long t1 = System.nanoTime();
            Set<ShapeResult> after = ShapesCheck.check(shapes, dsg, delta, derived.full(), committedViolations);
            LOG.debug(
                    "derived +{} -{} quads{} in {} ms, SHACL checked in {} ms",
                    derived.added().size(),
                    derived.removed().size(),
                    derived.full() ? " (everything)" : "",
                    (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
            ChangeRecord record = ChangeLog.newRecord(author, source, inputSha256, delta, ChangeSummary.of(delta, dsg));
            int size = delta.added().size() + delta.removed().size();
            ChangeLog.write(dsg, record, size <= ChangeLog.MAX_PATCH_LINES ? delta.patchLines() : null);
            return new Outcome(record, after, Optional.of(delta.quads()));
        });
    }

    /**
     * Commits a load: each file replaces its graph, the loads are described in the metadata graph, the derivations
     * are recomputed and the result SHACL-checked (when the store or the load holds shapes). A load can be millions
     * of triples, so its change record keeps counts, not the patch; its SHA-256 is taken over the file names and
     * their SHA-256s.
     */
    public ChangeRecord commitLoad(Author author, LoadPlan plan) {
        return commitLoad(author, plan, false);
    }

    /**
     * Commits a load whose data a bulk loader already wrote into this new store ({@code Store#createByBulkLoad}): as
     * {@link #commitLoad}, but the files are not written again, and the store before the load was empty (no known
     * violations, nothing removed).
     */
    public ChangeRecord commitBulkLoad(Author author, LoadPlan plan) {
        return commitLoad(author, plan, true);
    }

    private ChangeRecord commitLoad(Author author, LoadPlan plan, boolean bulkLoaded) {
        String source = "load "
                + String.join(
                        " ",
                        plan.files().stream().map(LoadReport.FileLoad::file).toList());
        return locked(source, () -> {
            DatasetGraph dsg = store.dataset();
            guard.refuseLoad(plan);
            Set<ShapeResult> known = bulkLoaded ? Set.of() : knownViolations(dsg);
            long removed = bulkLoaded
                    ? 0
                    : plan.targets().stream()
                            .mapToLong(g -> dsg.getGraph(g).size())
                            .sum();
            if (!bulkLoaded) {
                plan.apply(dsg);
            }
            plan.describe(dsg);
            derivations.run(dsg);
            Set<ShapeResult> after = checkShapes(dsg, known);
            String sha = String.join(
                    " ",
                    plan.files().stream().map(f -> f.file() + "=" + f.sha256()).toList());
            List<String> graphs = plan.files().stream()
                    .map(LoadReport.FileLoad::graph)
                    .distinct()
                    .sorted()
                    .toList();
            ChangeSummary summary = new ChangeSummary(
                    List.of("Loaded " + plan.triples() + " triples from "
                            + plan.files().size() + " file(s) into " + String.join(", ", graphs)),
                    List.of());
            ChangeRecord record = ChangeLog.newRecord(
                    author, source, sha, Sha256.hex(source + "\n" + sha), plan.triples(), removed, graphs, summary);
            ChangeLog.write(dsg, record, null);
            return new Outcome(record, after, Optional.empty());
        });
    }

    /**
     * A committed change, the violations the store holds after it (null: not known) and the quads it added and
     * removed (empty: not listed).
     */
    private record Outcome(ChangeRecord record, Set<ShapeResult> violations, Optional<Collection<Quad>> changes) {}

    private ChangeRecord locked(String source, Supplier<Outcome> write) {
        lock.lock();
        try {
            long t0 = System.nanoTime();
            String[] left = new String[1];
            Outcome outcome = Txn.calculateWrite(store.dataset(), () -> {
                String seen = Store.versionToken(store.dataset());
                if (seen == null || !seen.equals(committedVersion)) {
                    committedViolations = null; // not the state they were counted in
                }
                Outcome done = write.get();
                store.renewVersion();
                left[0] = Store.versionToken(store.dataset());
                return done;
            });
            committedViolations = outcome.violations();
            committedVersion = left[0];
            ChangeRecord r = outcome.record();
            LOG.info(
                    "Change {} by {} from {}: +{} -{} quads in {} ms",
                    r.id(),
                    r.author(),
                    source,
                    r.added(),
                    r.removed(),
                    (System.nanoTime() - t0) / 1_000_000);
            long t1 = System.nanoTime();
            tell(outcome);
            LOG.debug("Listeners told of change {} in {} ms", r.id(), (System.nanoTime() - t1) / 1_000_000);
            return r;
        } finally {
            lock.unlock();
        }
    }

    private void tell(Outcome outcome) {
        for (CommitListener l : listeners) {
            try {
                l.committed(outcome.record(), outcome.changes());
            } catch (RuntimeException e) {
                LOG.error(
                        "A commit listener failed after change {}",
                        outcome.record().id(),
                        e);
            }
        }
    }

    private static void apply(Consumer<DatasetGraph> change, DatasetGraph target) {
        try {
            change.accept(target);
        } catch (MdkgException e) {
            throw e;
        } catch (QueryCancelledException e) {
            throw new MdkgException(ErrorKind.TIMEOUT, "the update ran past its time limit and changed nothing");
        } catch (RuntimeException e) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "the write failed and changed nothing: " + e.getMessage(), e);
        }
    }

    /** The violations of the state before the write (of the last committed state, once known). */
    private Set<ShapeResult> knownViolations(DatasetGraph dsg) {
        if (committedViolations == null) {
            committedViolations = ShapesCheck.violations(shapes, dsg);
        }
        return committedViolations;
    }

    /** The violations after the write; refuses it if it adds any. */
    private Set<ShapeResult> checkShapes(DatasetGraph dsg, Set<ShapeResult> known) {
        Set<ShapeResult> found = ShapesCheck.violations(shapes, dsg);
        List<ShapeResult> introduced = ShapesCheck.introduced(known, found);
        if (!introduced.isEmpty()) {
            throw ShapeValidator.refusal(introduced);
        }
        return found;
    }
}
