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
 * {@code /api}. It answers only for the exact SPARQL it was written for ({@link #evaluates}), so an edited query
 * file is run as text until the evaluator is brought up to date. Called inside a read transaction.
 */
public interface QueryEvaluator {
    /** Whether this evaluator gives the answers of {@code query}: same id, and the same SPARQL it was written for. */
    boolean evaluates(NamedQuery query);

    /**
     * The rows of {@code query} on {@code dataset} (union default graph), with {@code params} as
     * {@link NamedQuery#typedParams} gives them. {@code version} is the store's data version (null when unknown): an
     * evaluator may keep what it read for the next call with the same version.
     */
    RowSet evaluate(DatasetGraph dataset, String version, NamedQuery query, Map<String, List<Node>> params);
}
