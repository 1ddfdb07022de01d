package org.mdkg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.mdkg.derive.Derivations;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads RDF files all-or-nothing. Every file is parsed in memory first ({@link #plan}); only when all of them are
 * clean does one write transaction replace each file's named graph, record the load in the metadata graph and run
 * the derivations. Bad input therefore never reaches the store. This is the loader of a fresh store; loads into a
 * store in use go through the write service, which checks and records them ({@link LoadPlan}). A new store is built
 * with the bulk loader instead ({@link #loadIntoNewStore}).
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

    private final Store store;
    private final Path base;
    private final Derivations derivations;

    /**
     * @param store       the store {@link #load} writes; may be null for a loader that only plans and builds new stores
     * @param base        directory that file paths (and so graph names) are made relative to
     * @param derivations recomputed after every load, in the same transaction
     */
    public Loader(Store store, Path base, Derivations derivations) {
        this.store = store;
        this.base = base;
        this.derivations = derivations;
    }

    /** Loads every RDF file under {@code paths}, each into its own graph unless {@code graph} is given. */
    public LoadReport load(List<Path> paths, String graph, LoadListener listener) {
        long start = System.nanoTime();
        LoadPlan plan = plan(paths, graph, listener);
        listener.committing(plan.triples());
        finish(store, plan, true);
        return report(plan, start);
    }

    /**
     * Builds a new store in {@code directory} (absent or without data) from every RDF file under {@code paths} with
     * TDB2's bulk loader ({@link Store#createByBulkLoad}): the files are parsed and checked first, bulk-loaded, then
     * described, derived and stamped in one write transaction; all or nothing. Open the store afterwards.
     */
    public LoadReport loadIntoNewStore(Path directory, List<Path> paths, LoadListener listener) {
        long start = System.nanoTime();
        LoadPlan plan = plan(paths, null, listener);
        listener.committing(plan.triples());
        Store.createByBulkLoad(directory, plan::stream, loaded -> finish(loaded, plan, false));
        return report(plan, start);
    }

    /**
     * Recomputes the derivations when the data or the steps changed since they last ran ({@link DerivationStamp}),
     * in one write transaction.
     *
     * @return whether they ran
     */
    public boolean deriveIfStale() {
        DatasetGraph dsg = store.dataset();
        if (Txn.calculateRead(dsg, () -> DerivationStamp.isCurrent(dsg, derivations))) {
            return false;
        }
        long t0 = System.nanoTime();
        Txn.executeWrite(dsg, () -> {
            derivations.run(dsg);
            DerivationStamp.record(dsg, derivations);
            store.renewVersion();
        });
        LOG.info("Derived again (data or steps changed) in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return true;
    }

    /** Records that the derivations are current; call right after a write that derived them (a load of files). */
    public void stampDerivations() {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            DerivationStamp.record(dsg, derivations);
            store.renewVersion();
        });
    }

    /** Writes the plan (unless a bulk loader did), its load records, the derivations and their stamp. */
    private void finish(Store target, LoadPlan plan, boolean apply) {
        DatasetGraph dsg = target.dataset();
        Txn.executeWrite(dsg, () -> {
            if (apply) {
                plan.apply(dsg);
            }
            plan.describe(dsg);
            derivations.run(dsg);
            DerivationStamp.record(dsg, derivations);
            target.renewVersion();
        });
    }

    private static LoadReport report(LoadPlan plan, long start) {
        LoadReport report = new LoadReport(plan.files(), (System.nanoTime() - start) / 1_000_000);
        LOG.info(
                "Loaded {} triples from {} files in {} ms",
                report.triples(),
                report.files().size(),
                report.millis());
        return report;
    }

    /** Parses every RDF file under {@code paths} into a plan of what loading them writes; changes nothing. */
    public LoadPlan plan(List<Path> paths, String graph, LoadListener listener) {
        List<ParsedFile> parsed = parseAll(RdfFiles.expand(paths), listener);
        List<LoadReport.FileLoad> results = new ArrayList<>();
        Map<Node, String> named = new HashMap<>();
        for (ParsedFile file : parsed) {
            Node target = graph == null ? GraphNames.forFile(file.path(), base) : NodeFactory.createURI(graph);
            String earlier = graph == null ? named.putIfAbsent(target, file.displayName()) : null;
            if (earlier != null) {
                // two files of one name outside the working directory: each would replace the other's graph
                throw new InvalidInputException(List.of(new ParseProblem(
                        file.displayName(),
                        1,
                        1,
                        "loads into " + target.getURI() + " as " + earlier + " does; load one of them with --graph")));
            }
            String source = GraphNames.sourceName(file.path(), base);
            results.add(new LoadReport.FileLoad(source, target.getURI(), file.size(), file.sha256(), 0));
        }
        return new LoadPlan(parsed, results);
    }

    /** Parses every file; reports the problems of all bad files together, not just the first. */
    private List<ParsedFile> parseAll(List<Path> files, LoadListener listener) {
        List<ParsedFile> parsed = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (Path file : files) {
            long t0 = System.nanoTime();
            try {
                ParsedFile p = RdfFileParser.parse(file, GraphNames.displayPath(relative(file)));
                parsed.add(p);
                listener.parsed(new LoadReport.FileLoad(
                        p.displayName(), "", p.size(), p.sha256(), (System.nanoTime() - t0) / 1_000_000));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return parsed;
    }

    private Path relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return abs.startsWith(b) ? b.relativize(abs) : file;
    }
}
