package org.mdkg.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.mdkg.base.ClasspathResource;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.store.Store;

/**
 * How pages read the store: named queries of the library by id with text parameters (bound as typed terms by the
 * library), and the pages' own small queries ({@code *.rq} beside this class) with RDF terms substituted for their
 * variables. Everything a page shows is read inside one read transaction ({@link #read}).
 */
final class Data {
    private final Store store;
    private final QueryLibrary library;
    private final QueryRunner runner;
    /** Parsed once, shared by every request thread (a plain map here threw ConcurrentModificationException). */
    private final Map<String, Query> own = new ConcurrentHashMap<>();

    Data(Store store, QueryLibrary library, QueryRunner runner) {
        this.store = store;
        this.library = library;
        this.runner = runner;
    }

    DatasetGraph dataset() {
        return store.dataset();
    }

    String version() {
        return store.version();
    }

    QueryLibrary library() {
        return library;
    }

    /** {@code work} inside one read transaction of the store. */
    <T> T read(Supplier<T> work) {
        return Txn.calculateRead(store.dataset(), work);
    }

    /** Whether the library has the named query {@code id} (pages leave out the parts whose query is missing). */
    boolean has(String id) {
        return library.find(id).isPresent();
    }

    /** Every row of the named query {@code id} with {@code params}; none if the library lacks it. */
    List<Map<String, Node>> named(String id, Map<String, List<String>> params) {
        NamedQuery q = library.find(id).orElse(null);
        if (q == null) {
            return List.of();
        }
        List<Map<String, Node>> rows = new ArrayList<>();
        runner.allRows(q, params, rs -> collect(rs, rows));
        return rows;
    }

    /** The text of the pages' own query {@code name}.rq, shipped beside this class. */
    static String ownText(String name) {
        return ClasspathResource.text(Data.class, name + ".rq");
    }

    /** Every row of the pages' own query {@code name}.rq with {@code bindings} substituted. */
    List<Map<String, Node>> own(String name, Map<String, Node> bindings) {
        Query q =
                own.computeIfAbsent(name, n -> QueryFactory.create(ownText(n))).cloneQuery();
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            var builder = QueryExec.dataset(dsg).query(q);
            bindings.forEach(builder::substitution);
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                collect(exec.select(), rows);
            }
            return rows;
        });
    }

    private static void collect(RowSet rs, List<Map<String, Node>> rows) {
        List<Var> vars = rs.getResultVars();
        while (rs.hasNext()) {
            Binding b = rs.next();
            Map<String, Node> row = new LinkedHashMap<>();
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null) {
                    row.put(v.getVarName(), n);
                }
            }
            rows.add(row);
        }
    }
}
