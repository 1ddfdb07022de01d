package org.mdkg.pages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The commitments of one dialogue, country, maker, framework or element, read from the tracker's rows for today
 * (kept per data version), with their status today and a count per status.
 */
final class CommitmentList {
    private final TrackerData tracker;

    CommitmentList(TrackerData tracker) {
        this.tracker = tracker;
    }

    /** The rows whose {@code facet} holds {@code value}. */
    List<TrackerRow> of(String facet, Node value) {
        return tracker.rows(LocalDate.now()).stream()
                .filter(r -> r.facet(facet).contains(value))
                .sorted(java.util.Comparator.comparingInt(TrackerRow::codeNumber))
                .toList();
    }

    /** A section: the count per status (chart and table) and the list of commitments. */
    Section section(String facet, Node value, String title, String intro, Labels labels) {
        List<TrackerRow> rows = of(facet, value);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Table.Builder t = Table.of("Commitments", "Code", "Commitment", "Dialogue", "Made by", "Status today");
        for (TrackerRow r : rows) {
            counts.merge(Charts.statusSlug(r.status()), 1, Integer::sum);
            t.row(
                    Cell.text(r.code()),
                    labels.cell(r.commitment()),
                    names(r, "process", labels),
                    names(r, "maker", labels),
                    Rows.status(labels, r.status()));
        }
        return Section.of("commitments", title, intro, Status.table(counts, labels), t.build())
                .withChart(Charts.statuses(counts, labels, title + " of " + labels.of(value)));
    }

    private static Cell names(TrackerRow r, String facet, Labels labels) {
        return Cell.text(String.join(
                "; ", r.facet(facet).stream().map(labels::of).sorted().toList()));
    }
}
