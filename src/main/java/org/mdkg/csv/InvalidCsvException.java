package org.mdkg.csv;

import java.util.List;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** A CSV import refused before anything was written: every problem found, each with its row and column. */
public final class InvalidCsvException extends MdkgException {
    private final transient List<CsvProblem> problems;

    public InvalidCsvException(List<CsvProblem> problems) {
        super(ErrorKind.BAD_INPUT, problems);
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
