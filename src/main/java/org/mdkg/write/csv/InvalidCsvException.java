package org.mdkg.write.csv;

import java.util.List;
import java.util.stream.Collectors;

/** A CSV import refused before anything was written: every problem found, each with its row and column. */
public final class InvalidCsvException extends RuntimeException {
    private final transient List<CsvProblem> problems;

    public InvalidCsvException(List<CsvProblem> problems) {
        super(problems.stream().map(CsvProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
