package org.mdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.mdkg.csv.CsvResults;

/**
 * Jena's SPARQL result writers as {@code /sparql} uses them: a result cut at the row cap carries the standard
 * {@code link} of the results head ({@code "link": ["urn:mdkg:result:truncated"]} in JSON,
 * {@code <link href="…"/>} in XML), so it stays valid and still says it is incomplete; CSV and TSV neutralise
 * formula cells ({@link CsvResults}) and say it with headers only, as those formats have no head.
 */
final class ResultWriters {
    /** Set in a request's context when its result was cut at the row cap. */
    static final Symbol TRUNCATED = Symbol.create("urn:mdkg:result:truncated");
    /** The link a truncated result's head carries. */
    static final String TRUNCATED_LINK = "urn:mdkg:result:truncated";

    private ResultWriters() {}

    /** Wraps the JSON and XML writers (and CSV and TSV, {@link CsvResults}) once; again changes nothing. */
    static void install() {
        CsvResults.install();
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML)) {
            RowSetWriterFactory current = RowSetWriterRegistry.getFactory(lang);
            if (!(current instanceof Marking)) {
                RowSetWriterRegistry.register(lang, new Marking(current));
            }
        }
    }

    private record Marking(RowSetWriterFactory original) implements RowSetWriterFactory {
        @Override
        public RowSetWriter create(Lang lang) {
            RowSetWriter writer = original.create(lang);
            return new RowSetWriter() {
                @Override
                public void write(OutputStream out, RowSet rowSet, Context context) {
                    if (context == null || !context.isTrue(TRUNCATED)) {
                        writer.write(out, rowSet, context);
                        return;
                    }
                    ByteArrayOutputStream whole = new ByteArrayOutputStream();
                    writer.write(whole, rowSet, context);
                    try {
                        out.write(marked(lang, whole.toString(StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void write(Writer out, RowSet rowSet, Context context) {
                    writer.write(out, rowSet, context);
                }

                @Override
                public void write(OutputStream out, boolean result, Context context) {
                    writer.write(out, result, context);
                }
            };
        }
    }

    /** The results with the truncation link where the format puts links: first in the head, before any data. */
    static String marked(Lang lang, String text) {
        if (ResultSetLang.RS_JSON.equals(lang)) {
            int head = text.indexOf('{', text.indexOf("\"head\""));
            return text.substring(0, head + 1) + " \"link\": [ \"" + TRUNCATED_LINK + "\" ] ,"
                    + text.substring(head + 1);
        }
        int end = text.indexOf("</head>");
        return text.substring(0, end) + "  <link href=\"" + TRUNCATED_LINK + "\"/>\n" + text.substring(end);
    }
}
