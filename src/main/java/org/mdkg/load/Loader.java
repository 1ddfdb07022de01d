package org.mdkg.load;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads RDF files all-or-nothing. Every file is parsed in memory first; only when all of them are clean
 * does one write transaction replace each file's named graph, record the load in the metadata graph and
 * run the derivation steps. Bad input therefore never reaches TDB2.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final Store store;
    private final Path base;
    private final List<DerivationStep> derivations;
    private final Gate gate;

    /**
     * Looks at a load after every file is parsed and before the write transaction opens: it may refuse the
     * load by throwing (so bad input never reaches TDB2), or return a step run last inside the transaction.
     */
    @FunctionalInterface
    public interface Gate {
        Gate OPEN = (store, files, writes) -> dsg -> { };

        /**
         * @param files  what each file will contribute
         * @param writes exactly what the write transaction will do, so a gate can try it on a copy first
         */
        DerivationStep admit(DatasetGraph store, List<LoadReport.FileLoad> files, Consumer<DatasetGraph> writes);
    }

    /**
     * @param base        directory that file paths (and so graph names) are made relative to
     * @param derivations steps re-run after every load, in the same transaction
     */
    public Loader(Store store, Path base, List<DerivationStep> derivations) {
        this(store, base, derivations, Gate.OPEN);
    }

    private Loader(Store store, Path base, List<DerivationStep> derivations, Gate gate) {
        this.store = store;
        this.base = base;
        this.derivations = List.copyOf(derivations);
        this.gate = gate;
    }

    /** This loader, with {@code newGate} admitting (or refusing) each load before it is committed. */
    public Loader withGate(Gate newGate) {
        return new Loader(store, base, derivations, newGate);
    }

    /** Loads every RDF file under {@code paths}, each into its own graph unless {@code graph} is given. */
    public LoadReport load(List<Path> paths, String graph, LoadListener listener) {
        long start = System.nanoTime();
        List<ParsedFile> parsed = parseAll(RdfFiles.expand(paths), listener);
        List<LoadReport.FileLoad> results = new ArrayList<>();
        for (ParsedFile file : parsed) {
            Node target = graph == null ? GraphNames.forFile(file.path(), base) : NodeFactory.createURI(graph);
            results.add(new LoadReport.FileLoad(file.displayName(), target.getURI(), file.size(), file.sha256(), 0));
        }
        listener.committing(results.stream().mapToLong(LoadReport.FileLoad::triples).sum());
        Consumer<DatasetGraph> writes = dsg -> {
            clearTargets(dsg, results);
            for (int i = 0; i < parsed.size(); i++) {
                copy(parsed.get(i).content(), dsg, NodeFactory.createURI(results.get(i).graph()));
                describe(dsg, results.get(i));
            }
            derivations.forEach(step -> step.apply(dsg));
        };
        DatasetGraph dsg = store.dataset();
        DerivationStep last = gate.admit(dsg, List.copyOf(results), writes);
        Txn.executeWrite(dsg, () -> {
            writes.accept(dsg);
            last.apply(dsg);
        });
        LoadReport report = new LoadReport(results, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Loaded {} triples from {} files in {} ms", report.triples(), results.size(), report.millis());
        return report;
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
                listener.parsed(new LoadReport.FileLoad(p.displayName(), "", p.size(), p.sha256(),
                        (System.nanoTime() - t0) / 1_000_000));
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

    private static void clearTargets(DatasetGraph dsg, List<LoadReport.FileLoad> results) {
        Set<String> targets = new LinkedHashSet<>();
        results.forEach(r -> targets.add(r.graph()));
        for (String g : targets) {
            Node name = NodeFactory.createURI(g);
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(GraphNames.META, name, Node.ANY, Node.ANY);
        }
    }

    /** The file's default graph goes into {@code target}; graphs it names itself keep their names. */
    private static void copy(DatasetGraph from, DatasetGraph to, Node target) {
        from.getDefaultGraph().find().forEachRemaining(t -> to.add(target, t.getSubject(), t.getPredicate(), t.getObject()));
        from.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                to.add(q);
            }
        });
    }

    private static void describe(DatasetGraph dsg, LoadReport.FileLoad file) {
        Node g = NodeFactory.createURI(file.graph());
        Node meta = GraphNames.META;
        dsg.add(new Quad(meta, g, RDF.type.asNode(), NodeFactory.createURI(VOID + "Dataset")));
        dsg.add(new Quad(meta, g, DCTerms.source.asNode(), NodeFactory.createLiteralString(file.file())));
        dsg.add(new Quad(meta, g, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("sha256:" + file.sha256())));
        dsg.add(new Quad(meta, g, NodeFactory.createURI(VOID + "triples"),
                NodeFactory.createLiteralDT(Long.toString(file.triples()), XSDDatatype.XSDinteger)));
        dsg.add(new Quad(meta, g, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(
                OffsetDateTime.now(ZoneOffset.UTC).toString(), XSDDatatype.XSDdateTime)));
    }
}
