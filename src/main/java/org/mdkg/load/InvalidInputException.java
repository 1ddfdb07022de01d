package org.mdkg.load;

import java.util.List;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** Input that cannot be loaded: every problem found, each naming its file, line and column. */
public final class InvalidInputException extends MdkgException {
    private final transient List<ParseProblem> problems;

    public InvalidInputException(List<ParseProblem> problems) {
        super(ErrorKind.BAD_INPUT, problems);
        this.problems = List.copyOf(problems);
    }

    public List<ParseProblem> problems() {
        return problems;
    }
}
