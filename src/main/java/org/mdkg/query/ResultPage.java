package org.mdkg.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * One page of a SELECT result.
 *
 * @param vars   the projected variables, in order
 * @param rows   the rows of this page; a row maps a variable to its RDF term (unbound variables are absent)
 * @param total  rows in the whole result, or -1 if counting stopped at {@link QueryRunner#COUNT_CAP}
 * @param page   the slice that was asked for
 */
public record ResultPage(List<String> vars, List<Map<String, Node>> rows, long total, PageRequest page) {

    public boolean isTotalKnown() {
        return total >= 0;
    }

    /** Whether rows follow this page (always true when the total is unknown and this page is full). */
    public boolean hasNext() {
        return isTotalKnown() ? page.offset() + rows.size() < total : rows.size() == page.limit();
    }
}
