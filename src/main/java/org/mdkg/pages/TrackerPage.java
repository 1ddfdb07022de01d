package org.mdkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.base.Version;
import org.mdkg.csv.CsvText;
import org.mdkg.vocab.MDKG;

/**
 * The commitment tracker at {@code /tracker}: the rows of {@link TrackerData} for the view's date, filtered by
 * {@link TrackerFilter}, as a table (and {@code /tracker.csv}, the same columns and rows), a status chart, the GCM
 * and JVAP coverage heatmaps for the chosen dialogues, and a permalink naming the dataset version.
 */
final class TrackerPage {
    static final List<String> COLUMNS = List.of(
            "Code",
            "Commitment",
            "Dialogue",
            "Made by",
            "Status",
            "Assessed",
            "Assessment kind",
            "Assessed by",
            "Due",
            "Months overdue",
            "Evidence");
    private static final Map<String, String> FACET_LABELS = Map.of(
            "process",
            "Dialogue",
            "framework",
            "Framework",
            "objective",
            "Objective or domain",
            "country",
            "Country",
            "maker",
            "Made by",
            "status",
            "Status",
            "kind",
            "Assessed by (kind)");

    /** The pages' own query behind the tracker's filters, whose text has a {@code /q/} link. */
    static final String FACETS = "tracker-facets";

    private final Data data;
    private final TrackerData rows;
    private final Map<String, String> queries;

    /** @param queries the short links of the queries behind the view, by what they give */
    TrackerPage(Data data, TrackerData rows, Map<String, String> queries) {
        this.data = data;
        this.rows = rows;
        this.queries = Map.copyOf(queries);
    }

    TrackerView view(TrackerFilter filter, Layout layout, String askedVersion) {
        List<TrackerRow> all = rows.rows(filter.date());
        List<TrackerRow> shown = all.stream().filter(filter::matches).toList();
        return data.read(() -> {
            Labels labels = new Labels(data.dataset(), layout.lang());
            Map<String, Integer> counts = new LinkedHashMap<>();
            shown.forEach(r -> counts.merge(Charts.statusSlug(r.status()), 1, Integer::sum));
            List<String> processes = List.copyOf(filter.values("process"));
            String query = filter.query();
            String permalink = "/tracker?" + query + "&version=" + layout.version();
            return new TrackerView(
                    layout,
                    filter.date().toString(),
                    facets(all, filter, labels),
                    filter.isOverdueOnly(),
                    all.size(),
                    table(shown, labels),
                    Status.table(counts, labels),
                    Charts.statuses(counts, labels, "Commitments in this view by status on " + filter.date()),
                    Coverage.matrix(data, "coverage-gcm", processes, "GCM objectives", labels),
                    Coverage.matrix(data, "coverage-jvap", processes, "JVAP domains", labels),
                    "/tracker.csv?" + query,
                    permalink,
                    versionNote(askedVersion, layout.version()),
                    "mdkg — Migration Dialogues Knowledge Graph (" + Version.current() + "), commitment tracker, state "
                            + "as of " + filter.date() + ", " + shown.size() + " commitments; dataset version "
                            + layout.version() + ". " + permalink,
                    queries);
        });
    }

    /** The CSV of the filtered rows: the table's columns and cells, as text. */
    String csv(TrackerFilter filter, String lang) {
        List<TrackerRow> shown =
                rows.rows(filter.date()).stream().filter(filter::matches).toList();
        return data.read(() -> {
            Table t = table(shown, new Labels(data.dataset(), lang));
            StringBuilder b = new StringBuilder(CsvText.line(t.headers()));
            for (List<Cell> row : t.rows()) {
                b.append(CsvText.line(row.stream().map(Cell::text).toList()));
            }
            return b.toString();
        });
    }

    private static Table table(List<TrackerRow> shown, Labels labels) {
        List<List<Cell>> out = new ArrayList<>();
        for (TrackerRow r : shown) {
            out.add(List.of(
                    Cell.text(r.code()),
                    labels.cell(r.commitment()),
                    joined(r.facet("process"), labels),
                    joined(r.facet("maker"), labels),
                    Rows.status(labels, r.status()),
                    Cell.text(r.assessmentDate()),
                    r.assessmentKind() == null ? Cell.text("") : labels.cell(r.assessmentKind()),
                    r.assessedBy() == null ? Cell.text("") : labels.cell(r.assessedBy()),
                    Cell.text(r.due()),
                    Cell.text(r.monthsOverdue() == null ? "" : Integer.toString(r.monthsOverdue())),
                    Cell.text(Integer.toString(r.evidence()))));
        }
        return new Table("Commitments in this view", COLUMNS, out);
    }

    /** Several values in one cell: names joined, linked to the first one's page. */
    private static Cell joined(Set<Node> values, Labels labels) {
        if (values.isEmpty()) {
            return Cell.text("");
        }
        List<String> names = values.stream().map(labels::of).sorted().toList();
        Node first = values.stream().min(Comparator.comparing(labels::of)).orElseThrow();
        return Cell.link(String.join("; ", names), labels.cell(first).href());
    }

    private static List<TrackerView.Facet> facets(List<TrackerRow> all, TrackerFilter filter, Labels labels) {
        List<TrackerView.Facet> facets = new ArrayList<>();
        for (String name : TrackerData.FACETS) {
            Set<Node> values = new LinkedHashSet<>();
            all.forEach(r -> values.addAll(r.facet(name)));
            facets.add(facet(name, values, filter, labels));
        }
        List<TrackerView.Option> statuses = new ArrayList<>();
        for (String s : Charts.STATUSES) {
            String label = s.equals("none") ? "not assessed" : labels.of(MDKG.status(s));
            statuses.add(new TrackerView.Option(s, label, filter.isChosen("status", s)));
        }
        facets.add(new TrackerView.Facet("status", FACET_LABELS.get("status"), statuses));
        Set<Node> kinds = new LinkedHashSet<>();
        all.stream().filter(r -> r.assessmentKind() != null).forEach(r -> kinds.add(r.assessmentKind()));
        facets.add(facet("kind", kinds, filter, labels));
        return facets;
    }

    private static TrackerView.Facet facet(String name, Set<Node> values, TrackerFilter filter, Labels labels) {
        List<TrackerView.Option> options = values.stream()
                .filter(Node::isURI)
                .map(v -> new TrackerView.Option(v.getURI(), labels.of(v), filter.isChosen(name, v.getURI())))
                .sorted(Comparator.comparing(TrackerView.Option::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new TrackerView.Facet(name, FACET_LABELS.get(name), options);
    }

    private static String versionNote(String asked, String current) {
        if (asked == null || asked.isBlank() || asked.equals(current)) {
            return null;
        }
        return "This link was made on dataset version " + asked + "; the data has changed since (now " + current
                + "), so the view below may differ from the one cited.";
    }
}
