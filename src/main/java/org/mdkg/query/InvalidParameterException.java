package org.mdkg.query;

/** A parameter value that is missing, unknown or of the wrong type; names the parameter. */
public final class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
