package org.mdkg.base;

/**
 * What went wrong, as a caller needs to know it. The HTTP layer maps each kind to a status ({@code http.Problems}),
 * the command line to an exit code ({@code cli.ExitCode}); each mapping lives in one place.
 */
public enum ErrorKind {
    /** The input cannot be read or breaks a rule (a parse error, a bad CSV cell, a bad query file). */
    BAD_INPUT("Bad request"),
    /** A request or command-line parameter is missing, unknown or of the wrong type. */
    BAD_PARAMETER("Bad parameter"),
    /** Nothing is there: an unknown id, query, graph or path. */
    NOT_FOUND("Not found"),
    /** The request needs credentials and has none. */
    UNAUTHENTICATED("Credentials required"),
    /** The credentials, origin or operation are not allowed to do this. */
    FORBIDDEN("Forbidden"),
    /** The method is not offered on this resource. */
    METHOD_NOT_ALLOWED("Method not allowed"),
    /** No representation the client accepts. */
    NOT_ACCEPTABLE("Not acceptable"),
    /** The body is larger than the configured limit. */
    TOO_LARGE("Body too large"),
    /** The body's media type is not accepted. */
    UNSUPPORTED_MEDIA_TYPE("Unsupported media type"),
    /** A write would add SHACL violations. */
    VIOLATION("SHACL violation"),
    /** A query or update ran past its time limit. */
    TIMEOUT("Time limit reached"),
    /** One client sent more requests, or more at once, than it may; it should retry later. */
    TOO_MANY_REQUESTS("Too many requests"),
    /** The server has no free slot for the request now; it should retry later. */
    OVERLOADED("Server busy"),
    /** The disk is full: the write was refused whole, and reads go on. */
    INSUFFICIENT_STORAGE("Insufficient storage"),
    /** The store failed its integrity check: its indexes disagree or its files cannot be read. */
    STORE_DAMAGED("Store damaged"),
    /** Anything else: a failure of the service itself. */
    FAILURE("Internal error");

    private final String title;

    ErrorKind(String title) {
        this.title = title;
    }

    /** A short human-readable summary, the same for every occurrence (RFC 9457 {@code title}). */
    public String title() {
        return title;
    }
}
