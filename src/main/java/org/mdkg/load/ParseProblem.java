package org.mdkg.load;

/** One thing wrong with an input file, located as precisely as the parser allows. */
public record ParseProblem(String file, long line, long column, String message) {

    /** {@code file:line:col: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
    }
}
