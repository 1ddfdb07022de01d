package org.mdkg.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSet;

/** The tabular output formats of the command line: SPARQL JSON, CSV, TSV and a text table. */
public enum ResultFormat {
    JSON,
    CSV,
    TSV,
    TABLE;

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be one of json, csv, tsv, table; got " + name, e);
        }
    }

    public void write(RowSet rows, OutputStream out) {
        ResultSet rs = ResultSet.adapt(rows);
        switch (this) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case TABLE -> ResultSetFormatter.out(out, rs);
        }
    }
}
