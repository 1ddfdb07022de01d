package org.mdkg.pages;

import java.util.List;

/**
 * A titled part of a page: an optional line of introduction, a chart over the first table, and tables. {@code id}
 * is its anchor.
 */
public record Section(String id, String title, String intro, Chart chart, List<Table> tables) {
    public static Section of(String id, String title, String intro, Table... tables) {
        return new Section(id, title, intro, null, List.of(tables));
    }

    public Section withChart(Chart value) {
        return new Section(id, title, intro, value, tables);
    }

    public boolean isEmpty() {
        return chart == null && tables.stream().allMatch(Table::isEmpty);
    }
}
