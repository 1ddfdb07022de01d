package org.mdkg.load;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be loaded: every problem found, each naming its file, line and column. */
public final class InvalidInputException extends RuntimeException {
    private final transient List<ParseProblem> problems;

    public InvalidInputException(List<ParseProblem> problems) {
        super(problems.stream().map(ParseProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ParseProblem> problems() {
        return problems;
    }
}
