package org.mdkg.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryEvaluator;
import org.mdkg.query.QueryFileReader;
import org.mdkg.store.Store;

/**
 * A real TDB2 store in a temporary directory, loaded with {@link Loader} and {@link CurrentStatusDerivation},
 * on which the named queries of {@code queries/} run with their parameters bound by {@link NamedQuery#bind}.
 * Rows come back as maps from variable to IRI or literal lexical form.
 */
final class AnalysisStore implements AutoCloseable {
    static final String ID = "https://w3id.org/mdkg/id/";

    private final Store store;

    private AnalysisStore(Store store) {
        this.store = store;
    }

    static AnalysisStore load(Path dbDir, List<Path> files) {
        Store store = Store.open(dbDir);
        new Loader(store, Path.of(""), Derivations.standard()).load(files, null, LoadListener.SILENT);
        return new AnalysisStore(store);
    }

    static NamedQuery named(String id) {
        return QueryFileReader.read(Path.of("queries", id + ".rq"));
    }

    /** {@code query} with a {@code LIMIT} added: the same id and header, another SPARQL text. */
    static NamedQuery edited(NamedQuery query) {
        String text = query.text() + "\nLIMIT 5";
        return new NamedQuery(
                query.id(),
                query.summary(),
                query.description(),
                query.tags(),
                query.params(),
                query.example(),
                QueryFactory.create(text),
                text);
    }

    /** Runs {@code queries/<id>.rq}; params given as name, value, name, value… (repeat a name for lists). */
    List<Map<String, String>> run(String id, String... params) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            raw.computeIfAbsent(params[i], k -> new ArrayList<>()).add(params[i + 1]);
        }
        return run(named(id), raw);
    }

    List<Map<String, String>> run(NamedQuery named, Map<String, List<String>> params) {
        return select(named.bind(params));
    }

    /** The rows of a named query's text, as terms, in order. */
    List<Map<String, Node>> terms(NamedQuery named, Map<String, List<String>> params) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            QueryExec.dataset(store.dataset())
                    .query(named.bind(params))
                    .select()
                    .forEachRemaining(b -> rows.add(terms(b)));
            return rows;
        });
    }

    /** The rows {@code evaluator} gives for a named query, as terms, in order. */
    List<Map<String, Node>> terms(QueryEvaluator evaluator, NamedQuery named, Map<String, List<String>> params) {
        Map<String, List<Node>> typed = named.typedParams(params);
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            evaluator.evaluate(store.dataset(), null, named, typed).forEachRemaining(b -> rows.add(terms(b)));
            return rows;
        });
    }

    private static Map<String, Node> terms(Binding b) {
        Map<String, Node> row = new LinkedHashMap<>();
        b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
        return row;
    }

    /** Runs plain SPARQL, for expectations computed independently of the named queries. */
    List<Map<String, String>> select(String sparql) {
        return select(QueryFactory.create(sparql));
    }

    private List<Map<String, String>> select(Query query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            QueryExec.dataset(store.dataset()).query(query).select().forEachRemaining(b -> {
                Map<String, String> row = new LinkedHashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), text(b.get(v))));
                rows.add(row);
            });
            return rows;
        });
    }

    static String text(Node n) {
        if (n == null) {
            return null;
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    @Override
    public void close() {
        store.close();
    }
}
