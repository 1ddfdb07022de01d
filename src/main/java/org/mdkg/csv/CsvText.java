package org.mdkg.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks; CRLF or
 * LF line ends; a leading byte-order mark is ignored. Reading is strict: an unterminated quote or a stray quote
 * is an error with its row.
 */
public final class CsvText {
    private CsvText() {}

    /** The rows of {@code text}; blank lines are skipped. */
    public static List<List<String>> read(String text, String file) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new InvalidCsvException(List.of(new CsvProblem(
                            file,
                            rows.size() + 1,
                            null,
                            "a quote in the middle of an unquoted field (line " + line + ")")));
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, wasQuoted);
                row = new ArrayList<>();
                wasQuoted = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidCsvException(List.of(new CsvProblem(
                    file, rows.size() + 1, null, "unterminated quoted field starting on line " + rowStart)));
        }
        endRow(rows, row, field, wasQuoted);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean wasQuoted) {
        row.add(field.toString());
        field.setLength(0);
        boolean blank = row.size() == 1 && row.get(0).isEmpty() && !wasQuoted;
        if (!blank) {
            rows.add(row);
        }
    }

    /** One row as CSV, quoting only where needed, ending with LF as the templates do. */
    public static String line(List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r");
            out.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", out) + "\n";
    }
}
