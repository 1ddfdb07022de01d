package org.mdkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Fills grlc's {@code enumerate} parameters from the data: for each, {@code SELECT DISTINCT ?variable} over the
 * query's own pattern (its prefixes and FROM clauses kept), as grlc builds its enumeration query.
 */
public final class Enumerations {
    private Enumerations() {}

    /** {@code query} with its {@code enumerate} parameters' values read from {@code dataset} (itself if it has none). */
    public static NamedQuery fill(NamedQuery query, DatasetGraph dataset) {
        if (query.enumerated().isEmpty()) {
            return query;
        }
        List<QueryParam> params = new ArrayList<>();
        for (QueryParam p : query.params()) {
            params.add(query.enumerated().contains(p.name()) ? p.withValues(values(query, p, dataset)) : p);
        }
        return query.withParams(params);
    }

    private static List<String> values(NamedQuery query, QueryParam p, DatasetGraph dataset) {
        Query distinct = new Query(query.query().getPrologue());
        distinct.setQuerySelectType();
        distinct.setDistinct(true);
        distinct.addResultVar(p.variable());
        distinct.setQueryPattern(query.query().getQueryPattern());
        query.query().getGraphURIs().forEach(distinct::addGraphURI);
        query.query().getNamedGraphURIs().forEach(distinct::addNamedGraphURI);
        Var var = Var.alloc(p.variable());
        TreeSet<String> values = new TreeSet<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(distinct).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> {
                    Node n = row.get(var);
                    if (n != null && (n.isURI() || n.isLiteral())) {
                        values.add(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                    }
                });
            }
        });
        return List.copyOf(values);
    }
}
