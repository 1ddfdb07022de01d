package org.mdkg.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/** The data of the charts {@code pages.js} draws, as JSON; each chart's numbers are also in a table on the page. */
final class Charts {
    /** The status scale in its order, best first; "none" is not assessed. */
    static final List<String> STATUSES =
            List.of("complete", "substantial", "limited", "not-started", "no-evidence", "failed", "none");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {}

    /** A count of commitments per status, in the scale's order, as a bar chart with the statuses' colours. */
    static Chart statuses(Map<String, Integer> counts, Labels labels, String label) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String s : STATUSES) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0) {
                String name = s.equals("none") ? "not assessed" : labels.of(MDKG.status(s));
                items.add(Map.of("status", s, "name", name, "value", n));
            }
        }
        return new Chart("status", json(Map.of("items", items)), label);
    }

    /** The slug of a status term, "none" for no status. */
    static String statusSlug(Node status) {
        return status == null ? "none" : Rows.slug(status);
    }

    /** One series over categories: a bar, line or pie chart. */
    static Chart series(
            String kind, List<String> categories, List<? extends Number> values, String name, String label) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("categories", categories);
        data.put("values", values);
        data.put("name", name);
        return new Chart(kind, json(data), label);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write chart data", e);
        }
    }
}
