package org.mdkg.pages;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.mdkg.query.ResultPage;

/** Search results as a table: each resource by name and link, its kind, and the text that matched. */
final class SearchResults {
    private SearchResults() {}

    static Table table(ResultPage page, Labels labels) {
        Table.Builder t = Table.of("Search results, best first", "Result", "Kind", "Matched");
        for (Map<String, Node> r : page.rows()) {
            t.row(
                    labels.cell(r.get("resource")),
                    r.containsKey("kind") ? labels.cell(r.get("kind")) : Cell.text(""),
                    labels.cell(r.get("match")));
        }
        return t.build();
    }
}
