package org.mdkg.write;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.mdkg.Fixtures;
import org.mdkg.cli.Main;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** A store holding the repository's SHACL shapes and the small context the write tests refer to. */
public final class WriteFixtures {
    public static final Path SHAPES = Path.of("ontology", "shapes.ttl");

    private WriteFixtures() {}

    public static Path file(String name) {
        return Fixtures.path("write", name);
    }

    /** Opens a TDB2 store in {@code dir} and loads the shapes (as urn:mdkg:graph:ontology/shapes.ttl) and context. */
    public static Store storeWithContext(Path dir) {
        Store store = Store.open(dir);
        new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                .load(List.of(SHAPES, file("context.ttl")), null, LoadListener.SILENT);
        return store;
    }

    /** The integrity probe of the TDB FAQ: touches every quad in every index; returns the count. */
    public static long fullScan(Store store) {
        String q = "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
        return Txn.calculateRead(store.dataset(), () -> {
            long[] n = {0};
            QueryExec.dataset(store.dataset()).query(q).select().forEachRemaining(b -> {
                b.vars().forEachRemaining(v -> b.get(v).toString());
                n[0]++;
            });
            return n[0];
        });
    }

    /** A number from a SELECT (?n) query over the store. */
    public static long count(Store store, String query) {
        return Txn.calculateRead(
                store.dataset(),
                () -> Long.parseLong(QueryExec.dataset(store.dataset())
                        .query(query)
                        .select()
                        .next()
                        .get("n")
                        .getLiteralLexicalForm()));
    }

    /**
     * Whether two stores hold the same quads, blank nodes aside (their labels are not kept across a backup):
     * the same sorted N-Quads lines with blank node labels masked. Cheaper than a full isomorphism search,
     * which explodes on the many blank nodes of the shapes graph.
     */
    public static boolean sameQuads(
            org.apache.jena.sparql.core.DatasetGraph a, org.apache.jena.sparql.core.DatasetGraph b) {
        return masked(a).equals(masked(b));
    }

    private static List<String> masked(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new java.util.ArrayList<>();
            dsg.find()
                    .forEachRemaining(q ->
                            lines.add(org.apache.jena.riot.out.NodeFmtLib.str(q).replaceAll("_:[A-Za-z0-9]+", "_:b")));
            lines.sort(null);
            return lines;
        });
    }

    /** The result of running the command line in this JVM. */
    public record Run(int code, String out, String err) {}

    public static Run mdkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
