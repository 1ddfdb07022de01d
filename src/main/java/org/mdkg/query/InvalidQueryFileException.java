package org.mdkg.query;

/** A query file whose header or SPARQL cannot be read; the message starts with the file name. */
public final class InvalidQueryFileException extends RuntimeException {
    public InvalidQueryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
