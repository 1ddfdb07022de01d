package org.mdkg.csv;

/** One thing wrong with a CSV file: row 1 is the header, row 2 the first data row. */
public record CsvProblem(String file, int row, String column, String message) {
    @Override
    public String toString() {
        return file + ": row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
