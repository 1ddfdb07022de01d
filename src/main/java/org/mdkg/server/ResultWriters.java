package org.mdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.mdkg.csv.CsvResults;
import org.mdkg.csv.ResultWriterDecorator;

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
        ResultWriterDecorator.install(
                List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML),
                "truncation link",
                (lang, writer) -> new ResultWriterDecorator.Delegate(writer) {
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
                });
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
