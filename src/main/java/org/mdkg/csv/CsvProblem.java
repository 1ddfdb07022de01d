package org.mdkg.csv;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mdkg.base.MdkgException;

/** One thing wrong with a CSV file: row 1 is the header, row 2 the first data row. */
public record CsvProblem(String file, int row, String column, String message) implements MdkgException.Placed {
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        fields.put("row", row);
        if (column != null) {
            fields.put("column", column);
        }
        fields.put("message", message);
        return fields;
    }

    @Override
    public String toString() {
        return file + ": row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
