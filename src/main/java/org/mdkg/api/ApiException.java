package org.mdkg.api;

/** A failure the client caused or must be told about, with the HTTP status and, if any, the parameter at fault. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final String parameter;

    public ApiException(int status, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String detail) {
        return new ApiException(400, "Bad parameter", detail, parameter);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }
}
