package org.mdkg.pages;

import java.util.List;
import java.util.Map;

/**
 * The tracker as rendered: the filters with their options, the as-of date, the status chart and its table, the
 * filtered commitments, the two coverage heatmaps, the CSV and permalink of exactly this view and how to cite it.
 */
public record TrackerView(
        Layout layout,
        String date,
        List<Facet> facets,
        boolean isOverdueOnly,
        int total,
        Table commitments,
        Table statuses,
        Chart chart,
        Table gcm,
        Table jvap,
        String csvHref,
        String permalink,
        String versionNote,
        String citation,
        Map<String, String> queries) {

    /** One filter: its parameter name, its label and its options. */
    public record Facet(String name, String label, List<Option> options) {}

    /** One choice of a filter. */
    public record Option(String value, String label, boolean isSelected) {}
}
