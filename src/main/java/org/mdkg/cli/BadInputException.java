package org.mdkg.cli;

/** The input was read but is not acceptable (validation failed); exit code 2. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
