package org.mdkg.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mdkg.base.MdkgException;

/** One thing wrong with an input file, located as precisely as the parser allows. */
public record ParseProblem(String file, long line, long column, String message) implements MdkgException.Placed {

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        fields.put("line", Math.max(line, 1));
        fields.put("column", Math.max(column, 1));
        fields.put("message", message);
        return fields;
    }

    /** {@code file:line:col: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
    }
}
