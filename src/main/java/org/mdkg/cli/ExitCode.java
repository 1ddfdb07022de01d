package org.mdkg.cli;

import org.mdkg.base.MdkgException;

/** Exit codes of every command, as documented in {@code --help}, and the one mapping from failures to them. */
final class ExitCode {
    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_INPUT = 2;
    static final int FAILURE = 3;
    static final int DAMAGED = 4;

    static final String HELP = """
            Exit codes: 0 ok, 1 usage error, 2 bad input (parse or validation), 3 runtime failure, \
            4 the store failed its integrity check (restore a backup or rebuild it).""";

    private ExitCode() {}

    /** The exit code for a command that failed with {@code e}. */
    static int of(Throwable e) {
        if (e instanceof MdkgException m) {
            return switch (m.kind()) {
                case BAD_PARAMETER, NOT_FOUND -> USAGE;
                case BAD_INPUT,
                        VIOLATION,
                        FORBIDDEN,
                        UNAUTHENTICATED,
                        TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE,
                        METHOD_NOT_ALLOWED,
                        NOT_ACCEPTABLE -> BAD_INPUT;
                case TIMEOUT, FAILURE, TOO_MANY_REQUESTS, OVERLOADED, INSUFFICIENT_STORAGE -> FAILURE;
                case STORE_DAMAGED -> DAMAGED;
            };
        }
        // a setting that does not parse (MDKG_PORT=abc) or is out of range
        return e instanceof IllegalArgumentException ? USAGE : FAILURE;
    }
}
