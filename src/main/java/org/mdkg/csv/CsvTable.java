package org.mdkg.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.base.Sha256;

/**
 * A CSV file read as one of the {@link CsvKind} tables: header checked (unknown or missing columns are errors),
 * every row the same width as the header, cells trimmed; a cell a spreadsheet would run as a formula is refused
 * unless escaped with a leading {@code '} ({@link CsvText#imported}).
 *
 * @param rows each row as column name → cell (every column of the kind; omitted ones empty), in file order; row {@code i} is spreadsheet row {@code i + 2}
 */
public record CsvTable(String file, CsvKind kind, List<Map<String, String>> rows, String sha256) {

    /** Reads {@code file}; the kind comes from {@code kind} or, when null, from the header's first column. */
    public static CsvTable read(Path file, CsvKind kind) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(name, bytes, kind);
    }

    static CsvTable parse(String name, byte[] bytes, CsvKind requested) {
        List<List<String>> raw = CsvText.read(utf8(name, bytes), name);
        if (raw.isEmpty()) {
            throw fail(name, 1, null, "the file is empty; the first row must be the header");
        }
        List<String> header = raw.get(0).stream().map(String::trim).toList();
        CsvKind kind = requested != null ? requested : CsvKind.ofHeader(header);
        if (kind == null) {
            throw fail(
                    name,
                    1,
                    header.get(0),
                    "cannot tell the kind from the header; give --kind "
                            + "(commitments, assessments, evidence, programmes, memberships)");
        }
        checkHeader(name, kind, header);
        List<Map<String, String>> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.size() != header.size()) {
                problems.add(new CsvProblem(
                        name, i + 1, null, "has " + cells.size() + " cells; the header has " + header.size()));
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (Column column : kind.columns()) {
                int c = header.indexOf(column.name());
                String cell = c < 0 ? "" : CsvText.imported(cells.get(c).trim());
                if (cell == null) {
                    problems.add(new CsvProblem(
                            name,
                            i + 1,
                            column.name(),
                            "starts like a spreadsheet formula (=, +, -, @); write it with a leading ' ('"
                                    + cells.get(c).trim() + ") if it is text"));
                    cell = "";
                }
                row.put(column.name(), cell);
            }
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(problems);
        }
        return new CsvTable(name, kind, rows, Sha256.hex(bytes));
    }

    private static void checkHeader(String name, CsvKind kind, List<String> header) {
        List<CsvProblem> problems = new ArrayList<>();
        for (String h : header) {
            if (!kind.header().contains(h)) {
                problems.add(new CsvProblem(
                        name,
                        1,
                        h,
                        "unknown column for " + kind.id() + "; the columns are " + String.join(", ", kind.header())));
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            problems.add(new CsvProblem(name, 1, null, "a column appears twice"));
        }
        for (Column c : kind.columns()) {
            if (c.required() && !header.contains(c.name())) {
                problems.add(new CsvProblem(name, 1, c.name(), "required column is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(problems);
        }
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fail(name, 1, null, "the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
    }

    static InvalidCsvException fail(String file, int row, String column, String message) {
        return new InvalidCsvException(List.of(new CsvProblem(file, row, column, message)));
    }
}
