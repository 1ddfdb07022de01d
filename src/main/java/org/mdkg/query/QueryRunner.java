package org.mdkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.mdkg.store.Store;

/**
 * Runs named queries against a dataset in a read transaction. A page is cut from one execution of the
 * query: rows before the page are skipped, rows after it are only counted (up to {@link #COUNT_CAP}), so
 * the total and the page always come from the same snapshot and the query runs once.
 * The dataset's context (time-out, no SERVICE) applies as it does on {@code /sparql}. A query with a
 * {@link QueryEvaluator} is answered by it instead of by its text (same rows, faster on large graphs).
 */
public final class QueryRunner {
    /** Past this many rows the total is reported as unknown and counting stops. */
    public static final long COUNT_CAP = 100_000;

    private static final String DESCRIBE = "CONSTRUCT { ?resource ?p ?o } WHERE { ?resource ?p ?o }";

    private final DatasetGraph dataset;
    private final Supplier<String> version;
    private final List<QueryEvaluator> evaluators;

    /** A runner that executes every named query's text on {@code dataset}. */
    public QueryRunner(DatasetGraph dataset) {
        this(dataset, () -> null, List.of());
    }

    /** A runner over {@code store} that answers the queries of {@code evaluators} with them, the others with their text. */
    public QueryRunner(Store store, List<QueryEvaluator> evaluators) {
        this(store.dataset(), store::version, evaluators);
    }

    private QueryRunner(DatasetGraph dataset, Supplier<String> version, List<QueryEvaluator> evaluators) {
        this.dataset = dataset;
        this.version = version;
        this.evaluators = List.copyOf(evaluators);
    }

    /** Binds {@code params} to {@code query} (refusing bad ones) and returns the requested page. */
    public ResultPage select(NamedQuery query, Map<String, List<String>> params, PageRequest page) {
        List<ResultPage> result = new ArrayList<>(1);
        allRows(query, params, rows -> result.add(slice(rows, page)));
        return result.get(0);
    }

    /**
     * Binds {@code params} to {@code query} (refusing bad ones) and hands all its rows to {@code sink} inside one
     * read transaction, from the query's fast path if this runner has one for it, else from its text.
     */
    public void allRows(NamedQuery query, Map<String, List<String>> params, Consumer<RowSet> sink) {
        QueryEvaluator evaluator =
                evaluators.stream().filter(e -> e.evaluates(query)).findFirst().orElse(null);
        if (evaluator != null) {
            Map<String, List<Node>> typed = query.typedParams(params);
            Txn.executeRead(dataset, () -> sink.accept(evaluator.evaluate(dataset, version.get(), query, typed)));
            return;
        }
        Query bound = query.bind(params);
        if (!bound.isSelectType()) {
            throw new InvalidParameterException(null, "query " + query.id() + " is not a SELECT query");
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(bound).build()) {
                sink.accept(exec.select());
            }
        });
    }

    private static ResultPage slice(RowSet rows, PageRequest page) {
        List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
        List<Map<String, Node>> kept = new ArrayList<>();
        long end = (long) page.offset() + page.limit();
        long n = 0;
        while (rows.hasNext() && n < COUNT_CAP) {
            Binding b = rows.next();
            if (n >= page.offset() && n < end) {
                kept.add(row(b, vars));
            }
            n++;
        }
        long total = rows.hasNext() ? -1 : n;
        return new ResultPage(vars, kept, total, page);
    }

    private static Map<String, Node> row(Binding b, List<String> vars) {
        Map<String, Node> row = new LinkedHashMap<>();
        for (String v : vars) {
            Node n = b.get(v);
            if (n != null) {
                row.put(v, n);
            }
        }
        return row;
    }

    /** The triples whose subject is {@code resource}, from all named graphs; empty if there are none. */
    public Graph describe(Node resource) {
        Query q = QueryFactory.create(DESCRIBE);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset)
                    .query(q)
                    .substitution("resource", resource)
                    .build()) {
                return exec.construct();
            }
        });
    }
}
