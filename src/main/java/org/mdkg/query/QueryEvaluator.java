package org.mdkg.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Computes the answer of one named query straight from the store, for queries whose text is too slow on large
 * graphs. It must give exactly the rows the query text gives, in the same order, with the same terms: the text
 * stays the definition (it is what {@code /sparql} and the docs show), the evaluator is its fast path for
 * {@code /api}. Called inside a read transaction.
 */
public interface QueryEvaluator {
    /** The id of the named query this evaluates. */
    String queryId();

    /**
     * The rows of {@code query} on {@code dataset} (union default graph), with {@code params} as
     * {@link NamedQuery#typedParams} gives them.
     */
    RowSet evaluate(DatasetGraph dataset, NamedQuery query, Map<String, List<Node>> params);
}
