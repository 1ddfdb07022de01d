package org.mdkg.write;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.load.DerivationStep;
import org.mdkg.load.LoadReport;
import org.mdkg.load.Loader;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;

/**
 * The gate of a command-line load: before the write transaction opens, the load is tried on an in-memory
 * copy and SHACL-checked (with the shapes the store will hold afterwards); a load adding violations is
 * refused. An admitted load is recorded in the change log inside its own write transaction, with the file names,
 * each file's SHA-256 and the triple counts (a load can be millions of triples, so its patch is not kept; its
 * change SHA-256 is taken over the file names and their SHA-256s).
 */
public final class LoadGate implements Loader.Gate {
    private final Author author;

    public LoadGate(Author author) {
        this.author = author;
    }

    @Override
    public DerivationStep admit(DatasetGraph store, List<LoadReport.FileLoad> files, Consumer<DatasetGraph> writes) {
        long removed = Txn.calculateRead(store, () -> targets(files).stream()
                .mapToLong(g -> store.getGraph(g).size()).sum());
        boolean storeHasShapes = ShapesCheck.validatorFor(store) != null;
        boolean loadHasShapes = files.stream().anyMatch(f -> f.graph().equals(ShapesCheck.SHAPES_GRAPH.getURI()));
        if (storeHasShapes || loadHasShapes) {
            check(store, writes);
        }
        String source = "load " + files.stream().map(LoadReport.FileLoad::file).collect(Collectors.joining(" "));
        String sha = files.stream().map(f -> f.file() + "=" + f.sha256()).collect(Collectors.joining(" "));
        long added = files.stream().mapToLong(LoadReport.FileLoad::triples).sum();
        List<String> graphs = files.stream().map(LoadReport.FileLoad::graph).distinct().sorted().toList();
        ChangeSummary summary = new ChangeSummary(List.of("Loaded " + added + " triples from " + files.size()
                + " file(s) into " + String.join(", ", graphs)), List.of());
        String changeSha = java.util.HexFormat.of().formatHex(Delta.digest().digest(
                (source + "\n" + sha).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return dsg -> ChangeLog.write(dsg, ChangeLog.newRecord(author, source, sha, changeSha, added, removed, graphs,
                summary), null);
    }

    private static void check(DatasetGraph store, Consumer<DatasetGraph> writes) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> {
            if (!ChangeTerms.GRAPH.equals(q.getGraph())) {
                copy.add(q);
            }
        }));
        ShapeValidator before = ShapesCheck.validatorFor(store);
        Set<ShapeResult> known = before == null ? Set.of() : ShapesCheck.violations(before, store);
        Txn.executeWrite(copy, () -> writes.accept(copy));
        ShapeValidator after = ShapesCheck.validatorFor(copy);
        Set<ShapeResult> found = after == null ? Set.of() : ShapesCheck.violations(after, copy);
        List<ShapeResult> introduced = ShapesCheck.introduced(known, found);
        if (!introduced.isEmpty()) {
            throw RejectedWriteException.violations(introduced);
        }
    }

    private static Set<Node> targets(List<LoadReport.FileLoad> files) {
        return files.stream().map(f -> NodeFactory.createURI(f.graph())).collect(Collectors.toSet());
    }
}
