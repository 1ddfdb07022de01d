package org.mdkg.load;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** Input that cannot be loaded: every problem found, each naming its file, line and column. */
public final class InvalidInputException extends MdkgException {
    private final transient List<ParseProblem> problems;

    public InvalidInputException(List<ParseProblem> problems) {
        super(
                ErrorKind.BAD_INPUT,
                problems.stream().map(ParseProblem::toString).collect(Collectors.joining("\n")),
                null,
                problems.stream().map(InvalidInputException::finding).toList(),
                null);
        this.problems = List.copyOf(problems);
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    private static Finding finding(ParseProblem p) {
        return new Finding(Map.of(
                "file",
                p.file(),
                "line",
                Math.max(p.line(), 1),
                "column",
                Math.max(p.column(), 1),
                "message",
                p.message()));
    }
}
