package org.mdkg.base;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The root of mdkg's own failures: a kind (what a caller does about it), a message a person reads, and where it
 * applies, the request parameter at fault and itemised findings (parse problems, SHACL violations). Unchecked.
 */
public class MdkgException extends RuntimeException {
    private final ErrorKind kind;
    private final String parameter;
    private final transient List<Finding> findings;

    public MdkgException(ErrorKind kind, String message) {
        this(kind, message, null, List.of(), null);
    }

    public MdkgException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, null, List.of(), cause);
    }

    protected MdkgException(ErrorKind kind, String message, String parameter, List<Finding> findings, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.parameter = parameter;
        this.findings = List.copyOf(findings);
    }

    /** A parameter that is missing, unknown or badly typed. */
    public static MdkgException badParameter(String parameter, String message) {
        return forParameter(ErrorKind.BAD_PARAMETER, parameter, message);
    }

    /** A failure of the given kind caused by the value of {@code parameter}. */
    public static MdkgException forParameter(ErrorKind kind, String parameter, String message) {
        return new MdkgException(kind, message, parameter, List.of(), null);
    }

    /** A failure with itemised findings. */
    public static MdkgException withFindings(ErrorKind kind, String message, List<Finding> findings) {
        return new MdkgException(kind, message, null, findings, null);
    }

    public static MdkgException notFound(String message) {
        return new MdkgException(ErrorKind.NOT_FOUND, message);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The request or command-line parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }

    /** Itemised findings (problems with their place, violations with their focus node); often empty. */
    public List<Finding> findings() {
        return findings;
    }

    /** A problem that knows its place: a parse problem (file, line, column) or a CSV problem (file, row, column). */
    public interface Placed {
        /** The finding's fields in order, the message last. */
        Map<String, Object> fields();
    }

    /** A failure of {@code kind} listing {@code problems}, one per line in the message and each as a finding. */
    protected MdkgException(ErrorKind kind, List<? extends Placed> problems) {
        this(
                kind,
                problems.stream().map(Object::toString).collect(Collectors.joining("\n")),
                null,
                problems.stream().map(p -> new Finding(p.fields())).toList(),
                null);
    }

    /**
     * One itemised finding as a client reads it: its fields in order (e.g. file, line, column, message, or
     * severity, focus node, path, message).
     */
    public record Finding(java.util.Map<String, Object> fields) {
        public Finding {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}
