package org.mdkg.write;

import java.util.List;
import org.mdkg.load.ShapeResult;

/**
 * A write refused before anything was committed: bad syntax, a forbidden operation, or SHACL violations.
 * {@code status} is the HTTP status that describes it (400, 403, 404, 405, 413, 415, 422, 503).
 */
public final class RejectedWriteException extends RuntimeException {
    private final int status;
    private final transient List<ShapeResult> violations;

    public RejectedWriteException(int status, String message) {
        this(status, message, List.of());
    }

    public RejectedWriteException(int status, String message, List<ShapeResult> violations) {
        super(message);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    /** The write breaks the shapes: 422 with each new violation. */
    public static RejectedWriteException violations(List<ShapeResult> found) {
        StringBuilder text = new StringBuilder(found.size() + " SHACL violation(s); nothing was changed");
        found.stream().limit(20).forEach(r -> text.append("\n  ").append(r));
        return new RejectedWriteException(422, text.toString(), found);
    }

    public int status() {
        return status;
    }

    public List<ShapeResult> violations() {
        return violations;
    }
}
