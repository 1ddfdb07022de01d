package org.mdkg.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The tracker's rows for one as-of date: {@code status-as-of} gives each commitment adopted by then with the
 * assessment that was latest on that date; {@code tracker-facets.rq} adds what the filters need. Months overdue
 * follow {@code unimplemented-commitments}: full months since the due date, when no assessment dated on or before
 * the as-of date says complete. Kept for the last few (data version, date) pairs asked for.
 */
final class TrackerData {
    static final List<String> FACETS = List.of("process", "framework", "objective", "country", "maker");
    private static final int KEPT = 8;

    private final Data data;
    private final Map<String, List<TrackerRow>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<TrackerRow>> eldest) {
            return size() > KEPT;
        }
    };

    TrackerData(Data data) {
        this.data = data;
    }

    /** The rows as of {@code date}, ordered by months overdue (most first), then code. */
    synchronized List<TrackerRow> rows(LocalDate date) {
        String key = data.version() + "|" + date;
        return kept.computeIfAbsent(key, k -> compute(date));
    }

    private List<TrackerRow> compute(LocalDate date) {
        return data.read(() -> {
            Map<Node, Map<String, Set<Node>>> facets = new HashMap<>();
            for (Map<String, Node> r : data.own("tracker-facets", Map.of())) {
                facets.computeIfAbsent(r.get("commitment"), k -> new HashMap<>())
                        .computeIfAbsent(Rows.text(r, "facet"), k -> new LinkedHashSet<>())
                        .add(r.get("value"));
            }
            List<TrackerRow> rows = new ArrayList<>();
            for (Map<String, Node> r : data.named("status-as-of", Rows.param("date", date.toString()))) {
                Map<String, Set<Node>> f = facets.getOrDefault(r.get("commitment"), Map.of());
                String due = first(f, "due");
                String done = first(f, "firstComplete");
                Integer overdue = null;
                if (due != null
                        && LocalDate.parse(due).isBefore(date)
                        && (done == null || LocalDate.parse(done).isAfter(date))) {
                    overdue = (int) ChronoUnit.MONTHS.between(LocalDate.parse(due), date);
                }
                String evidence = first(f, "evidence");
                rows.add(new TrackerRow(
                        r.get("commitment"),
                        Rows.text(r, "code"),
                        f,
                        r.get("status"),
                        Rows.text(r, "assessmentDate"),
                        r.get("assessmentKind"),
                        r.get("assessedBy"),
                        due,
                        overdue,
                        evidence == null ? 0 : Integer.parseInt(evidence)));
            }
            rows.sort(Comparator.comparing((TrackerRow t) -> t.monthsOverdue() == null ? -1 : t.monthsOverdue())
                    .reversed()
                    .thenComparingInt(TrackerRow::codeNumber)
                    .thenComparing(t -> t.commitment().getURI()));
            return List.copyOf(rows);
        });
    }

    private static String first(Map<String, Set<Node>> facets, String name) {
        Set<Node> values = facets.get(name);
        return values == null || values.isEmpty()
                ? null
                : values.iterator().next().getLiteralLexicalForm();
    }
}
