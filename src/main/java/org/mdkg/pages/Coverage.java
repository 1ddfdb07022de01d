package org.mdkg.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The coverage matrices ({@code coverage-gcm}, {@code coverage-jvap}): framework elements × dialogues, each cell the
 * commitments aligned and, in brackets, those with evidence; the cell's shade grows with the count, so the table is
 * itself the heatmap (no script needed).
 */
final class Coverage {
    private Coverage() {}

    /** The matrix of {@code query} for the dialogues {@code processes} (all, when empty). */
    static Table matrix(Data data, String query, List<String> processes, String caption, Labels labels) {
        List<Map<String, Node>> rows = data.named(query, processes.isEmpty() ? Map.of() : Map.of("process", processes));
        Map<Node, Map<Node, Map<String, Node>>> byElement = new LinkedHashMap<>();
        Map<Node, String> columns = new LinkedHashMap<>();
        for (Map<String, Node> r : rows) {
            byElement
                    .computeIfAbsent(r.get("element"), k -> new LinkedHashMap<>())
                    .put(r.get("process"), r);
            columns.putIfAbsent(r.get("process"), labels.of(r.get("process")));
        }
        List<String> headers = new ArrayList<>();
        headers.add("Element");
        headers.addAll(columns.values());
        List<List<Cell>> out = new ArrayList<>();
        for (Map.Entry<Node, Map<Node, Map<String, Node>>> e : byElement.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(labels.cell(e.getKey()));
            for (Node process : columns.keySet()) {
                Map<String, Node> cell = e.getValue().get(process);
                int n = cell == null ? 0 : Rows.number(cell, "commitments");
                int withEvidence = cell == null ? 0 : Rows.number(cell, "withEvidence");
                cells.add(Cell.text(n + " (" + withEvidence + ")").withCss("heat heat-" + Math.min(n, 5)));
            }
            out.add(cells);
        }
        return new Table(caption + ": commitments (with evidence) per dialogue", headers, out);
    }

    /** One dialogue's coverage of the elements of class {@code elementClass} ({@code process-coverage.rq}). */
    static Table table(Data data, Node process, Node elementClass, String caption, Labels labels) {
        Table.Builder t = Table.of(caption, "Element", "Commitments", "With evidence");
        for (Map<String, Node> r : data.own("process-coverage", Map.of("process", process))) {
            if (r.get("class").equals(elementClass)) {
                int n = Rows.number(r, "commitments");
                t.row(
                        Rows.cell(labels, r, "element"),
                        Cell.text(Integer.toString(n)).withCss("heat heat-" + Math.min(n, 5)),
                        Rows.cell(labels, r, "withEvidence"));
            }
        }
        return t.build();
    }
}
