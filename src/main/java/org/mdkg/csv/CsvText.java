package org.mdkg.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks; CRLF or
 * LF line ends; a leading byte-order mark is ignored. Reading is strict: an unterminated quote or a stray quote
 * is an error with its row. Writing neutralises cells a spreadsheet would run as formulas (OWASP CSV injection).
 */
public final class CsvText {
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

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

    /** One row as CSV, each cell {@linkplain #cell made safe}, ending with LF as the templates do. */
    public static String line(List<String> fields) {
        return String.join(",", fields.stream().map(CsvText::cell).toList()) + "\n";
    }

    /** One cell as CSV: a formula {@linkplain #neutral neutralised}, then quoted where needed (RFC 4180). */
    public static String cell(String value) {
        String f = neutral(value);
        boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r");
        return quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f;
    }

    /**
     * Whether a spreadsheet would read {@code cell} as a formula (OWASP CSV injection): it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not simply a number such as {@code -12.5}.
     */
    public static boolean isFormula(String cell) {
        return !cell.isEmpty()
                && FORMULA_START.indexOf(cell.charAt(0)) >= 0
                && !NUMBER.matcher(cell).matches();
    }

    /** {@code cell} with a leading {@code '} when it {@linkplain #isFormula is a formula}, as OWASP advises; else as is. */
    public static String neutral(String cell) {
        return isFormula(cell) ? "'" + cell : cell;
    }

    /**
     * The text an imported cell stands for: {@code '} before a formula is the escape {@link #neutral} writes, so
     * {@code '=x} reads as {@code =x}; null when the cell is an unescaped formula, which an import refuses.
     */
    public static String imported(String cell) {
        if (cell.startsWith("'") && isFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return isFormula(cell) ? null : cell;
    }
}
