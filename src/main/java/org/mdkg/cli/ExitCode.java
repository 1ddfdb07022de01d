package org.mdkg.cli;

/** Exit codes of every command, as documented in {@code --help}. */
final class ExitCode {
    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int FAILURE = 3;

    static final String HELP = """
            Exit codes: 0 ok, 1 usage error, 2 bad input (parse or validation), 3 runtime failure.""";

    private ExitCode() {
    }
}
