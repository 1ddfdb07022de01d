package org.mdkg.pages;

import java.util.ArrayList;
import java.util.List;

/** A table of cells with its column headers and a caption; rendered as an HTML table that needs no script. */
public record Table(String caption, List<String> headers, List<List<Cell>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A table built row by row. */
    public static Builder of(String caption, String... headers) {
        return new Builder(caption, List.of(headers));
    }

    /** Rows under construction. */
    public static final class Builder {
        private final String caption;
        private final List<String> headers;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String caption, List<String> headers) {
            this.caption = caption;
            this.headers = headers;
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        public Table build() {
            return new Table(caption, headers, rows);
        }
    }
}
