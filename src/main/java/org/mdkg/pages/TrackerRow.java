package org.mdkg.pages;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * One commitment as the tracker sees it on its as-of date: its facets (the values it is filtered by), the
 * assessment that was its latest on that date and how many full months its due date had passed without a complete
 * assessment (null: not overdue).
 */
record TrackerRow(
        Node commitment,
        String code,
        Map<String, Set<Node>> facets,
        Node status,
        String assessmentDate,
        Node assessmentKind,
        Node assessedBy,
        String due,
        Integer monthsOverdue,
        int evidence) {

    Set<Node> facet(String name) {
        return facets.getOrDefault(name, Set.of());
    }

    /** The number in the code (C07 → 7), for sorting C2 before C10. */
    int codeNumber() {
        String digits = code == null ? "" : code.replaceAll("\\D", "");
        return digits.isEmpty()
                ? Integer.MAX_VALUE
                : Integer.parseInt(digits.substring(0, Math.min(digits.length(), 9)));
    }
}
