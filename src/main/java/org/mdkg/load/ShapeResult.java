package org.mdkg.load;

/** One SHACL finding: the node it is about, the property path, the severity and the shape's message. */
public record ShapeResult(String severity, String focusNode, String path, String message) {

    public boolean isViolation() {
        return "Violation".equals(severity);
    }

    @Override
    public String toString() {
        return severity + ": " + focusNode + " " + path + ": " + message;
    }
}
