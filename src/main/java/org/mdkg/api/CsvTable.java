package org.mdkg.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdkg.csv.CsvText;

/**
 * Items as RFC 4180 CSV: one column per plain field; a nested object {@code x} gives columns {@code x.id},
 * {@code x.iri} and {@code x.label}; nested lists are left out (fetch them from the resource's own URL). Cells a
 * spreadsheet would run as formulas get a leading {@code '} ({@link CsvText#cell}).
 */
record CsvTable(List<String> columns, List<Map<String, String>> rows) {

    static CsvTable of(List<Map<String, Object>> items) {
        Set<String> columns = new LinkedHashSet<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            item.forEach((k, v) -> flatten(k, v, row));
            columns.addAll(row.keySet());
            rows.add(row);
        }
        return new CsvTable(List.copyOf(columns), rows);
    }

    private static void flatten(String key, Object value, Map<String, String> row) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!(v instanceof Map) && !(v instanceof List)) {
                    row.put(key + "." + k, String.valueOf(v));
                }
            });
        } else if (value != null && !(value instanceof List)) {
            row.put(key, String.valueOf(value));
        }
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(CsvTable::quote).toList()))
                .append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(quote(row.getOrDefault(c, "")));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String cell) {
        return CsvText.cell(cell);
    }
}
