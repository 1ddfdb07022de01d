package org.mdkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.base.MdkgException;

/**
 * The tracker's view as its address gives it: the as-of {@code date} (today by default), and the values chosen for
 * each filter — {@code process}, {@code framework}, {@code objective}, {@code country}, {@code maker} (IRIs),
 * {@code status} (status slugs, {@code none} for not assessed), {@code kind} (assessment-kind IRIs) and
 * {@code overdue=yes}. Values of one filter are alternatives; filters combine.
 */
record TrackerFilter(LocalDate date, Map<String, Set<String>> chosen, boolean isOverdueOnly) {
    static final List<String> LISTS =
            List.of("process", "framework", "objective", "country", "maker", "status", "kind");

    static TrackerFilter of(HttpServletRequest req) {
        LocalDate date = LocalDate.now();
        String d = req.getParameter("date");
        if (d != null && !d.isBlank()) {
            try {
                date = LocalDate.parse(d.strip());
            } catch (DateTimeParseException e) {
                throw MdkgException.badParameter("date", "date must be a day as YYYY-MM-DD, got '" + d + "'");
            }
        }
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (String name : LISTS) {
            String[] values = req.getParameterValues(name);
            Set<String> set = new LinkedHashSet<>();
            if (values != null) {
                for (String v : values) {
                    if (!v.isBlank()) {
                        set.add(v.strip());
                    }
                }
            }
            chosen.put(name, set);
        }
        return new TrackerFilter(date, chosen, "yes".equals(req.getParameter("overdue")));
    }

    Set<String> values(String name) {
        return chosen.getOrDefault(name, Set.of());
    }

    boolean isChosen(String name, String value) {
        return values(name).contains(value);
    }

    boolean matches(TrackerRow row) {
        for (String facet : TrackerData.FACETS) {
            Set<String> wanted = values(facet);
            if (!wanted.isEmpty() && row.facet(facet).stream().map(Node::getURI).noneMatch(wanted::contains)) {
                return false;
            }
        }
        if (!values("status").isEmpty() && !values("status").contains(Charts.statusSlug(row.status()))) {
            return false;
        }
        if (!values("kind").isEmpty()
                && (row.assessmentKind() == null
                        || !values("kind").contains(row.assessmentKind().getURI()))) {
            return false;
        }
        return !isOverdueOnly || row.monthsOverdue() != null;
    }

    /** The view's query string (no leading {@code ?}), with the date always written out. */
    String query() {
        List<String> parts = new ArrayList<>();
        parts.add("date=" + date);
        chosen.forEach((name, values) -> values.forEach(v -> parts.add(name + "=" + Layout.encode(v))));
        if (isOverdueOnly) {
            parts.add("overdue=yes");
        }
        return String.join("&", parts);
    }
}
