package org.mdkg.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** A CSV import refused before anything was written: every problem found, each with its row and column. */
public final class InvalidCsvException extends MdkgException {
    private final transient List<CsvProblem> problems;

    public InvalidCsvException(List<CsvProblem> problems) {
        super(
                ErrorKind.BAD_INPUT,
                problems.stream().map(CsvProblem::toString).collect(Collectors.joining("\n")),
                null,
                problems.stream().map(InvalidCsvException::finding).toList(),
                null);
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }

    private static Finding finding(CsvProblem p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", p.file());
        fields.put("row", p.row());
        if (p.column() != null) {
            fields.put("column", p.column());
        }
        fields.put("message", p.message());
        return new Finding(fields);
    }
}
