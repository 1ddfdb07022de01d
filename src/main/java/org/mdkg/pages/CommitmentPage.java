package org.mdkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/**
 * A commitment: what was promised, by whom, where; the framework elements it serves (stated by a source or
 * aligned by the curators); its timeline from adoption through the due date to each dated assessment (kind,
 * assessor, status, source); the evidence; what it restates or supersedes.
 */
final class CommitmentPage implements KindPage {
    private final Data data;

    CommitmentPage(Data data) {
        this.data = data;
    }

    @Override
    public boolean handles(Set<Node> types) {
        return types.contains(MDKG.Commitment);
    }

    @Override
    public List<Section> sections(Node c, Labels labels) {
        Map<String, List<String>> param = Rows.param("commitment", c.getURI());
        List<Map<String, Node>> main = data.named("commitment", param);
        List<Section> sections = new ArrayList<>();
        if (!main.isEmpty()) {
            sections.add(Section.of("promise", "The promise", null, promise(main.get(0), labels)));
            sections.add(Section.of(
                    "timeline",
                    "Timeline",
                    "From adoption through the due date to each dated assessment.",
                    timeline(c, main.get(0), param, labels)));
        }
        sections.add(Section.of(
                "alignment",
                "Framework alignment",
                "Stated: a source names the link. Curator: mdkg's curators made it, with their reason.",
                alignment(c, labels)));
        sections.add(Section.of("evidence", "Evidence", null, evidence(param, labels)));
        sections.add(Section.of("lineage", "Where it comes from and what became of it", null, lineage(param, labels)));
        return sections;
    }

    private static Table promise(Map<String, Node> row, Labels labels) {
        Table.Builder t = Table.of("The promise", "", "");
        add(t, "Code", Rows.cell(labels, row, "code"));
        Node text = labels.lang().equals("fr") && row.containsKey("textFr") ? row.get("textFr") : row.get("text");
        add(t, "Text", labels.cell(text));
        add(t, "Made by", Rows.cell(labels, row, "madeBy"));
        add(t, "Dialogue", Rows.cell(labels, row, "process"));
        add(t, "Stated in", Rows.cell(labels, row, "statedIn"));
        add(t, "Adopted", Rows.cell(labels, row, "date"));
        add(t, "Due", Rows.cell(labels, row, "dueDate"));
        add(t, "Lifecycle", Rows.cell(labels, row, "lifecycle"));
        t.row(Cell.text("Current status"), Rows.status(labels, row.get("currentStatus")));
        if (row.containsKey("unverified")) {
            add(t, "Unverified", Rows.cell(labels, row, "unverified"));
        }
        return t.build();
    }

    private static void add(Table.Builder t, String name, Cell value) {
        if (!value.text().isEmpty()) {
            t.row(Cell.text(name), value);
        }
    }

    private Table timeline(Node c, Map<String, Node> main, Map<String, List<String>> param, Labels labels) {
        Map<Node, List<Cell>> sources = new HashMap<>();
        for (Map<String, Node> s : data.named("commitment-sources", param)) {
            if (s.containsKey("about")) {
                sources.computeIfAbsent(s.get("about"), k -> new ArrayList<>())
                        .add(Cell.link(
                                Rows.text(s, "title") == null ? labels.of(s.get("source")) : Rows.text(s, "title"),
                                Links.href(s.get("source"))));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        Node adopted = main.get("date");
        if (adopted != null) {
            rows.add(List.of(
                    labels.cell(adopted),
                    Cell.text("adopted"),
                    Cell.text(""),
                    Cell.text(""),
                    Rows.cell(labels, main, "madeBy"),
                    Rows.cell(labels, main, "statedIn")));
        }
        if (main.containsKey("dueDate")) {
            rows.add(List.of(
                    Rows.cell(labels, main, "dueDate"),
                    Cell.text("due"),
                    Cell.text(""),
                    Cell.text(""),
                    Cell.text(""),
                    Cell.text("")));
        }
        for (Map<String, Node> a : data.named("commitment-assessments", param)) {
            List<Cell> src = sources.getOrDefault(a.get("assessment"), List.of());
            rows.add(List.of(
                    Rows.cell(labels, a, "date"),
                    Cell.link("assessed", Links.href(a.get("assessment"))),
                    Rows.status(labels, a.get("status")),
                    Rows.cell(labels, a, "kind"),
                    Rows.cell(labels, a, "assessor"),
                    src.isEmpty() ? Cell.text("") : src.get(0)));
        }
        rows.sort(Comparator.comparing(r -> r.get(0).text()));
        Table.Builder t = Table.of("Timeline of " + labels.of(c), "Date", "Event", "Status", "Kind", "By", "Source");
        rows.forEach(t::row);
        return t.build();
    }

    private Table alignment(Node c, Labels labels) {
        Table.Builder t = Table.of("Framework elements it serves", "Element", "Framework", "Basis", "Source or reason");
        for (Map<String, Node> r : data.own("commitment-alignment", Map.of("subject", c))) {
            Cell why = r.containsKey("source") ? Rows.cell(labels, r, "source") : Rows.cell(labels, r, "reason");
            t.row(
                    Rows.cell(labels, r, "element"),
                    Rows.cell(labels, r, "framework"),
                    r.containsKey("basis") ? Rows.cell(labels, r, "basis") : Cell.text("not qualified"),
                    why);
        }
        return t.build();
    }

    private Table evidence(Map<String, List<String>> param, Labels labels) {
        Table.Builder t = Table.of("Evidence of implementation", "Evidence", "Kind");
        for (Map<String, Node> r : data.named("commitment-evidence", param)) {
            t.row(Rows.cell(labels, r, "evidence"), Rows.cell(labels, r, "kind"));
        }
        return t.build();
    }

    private Table lineage(Map<String, List<String>> param, Labels labels) {
        Table.Builder t = Table.of("Lineage", "Relation", "Item", "Date", "Detail");
        for (Map<String, Node> r : data.named("commitment-lineage", param)) {
            String relation = Rows.text(r, "relation");
            if (!"assessment".equals(relation) && !"current-status".equals(relation)) {
                t.row(
                        Cell.text(relation.replace('-', ' ')),
                        Rows.cell(labels, r, "item"),
                        Rows.cell(labels, r, "date"),
                        r.containsKey("via") ? Rows.cell(labels, r, "via") : Rows.cell(labels, r, "detail"));
            }
        }
        return t.build();
    }
}
