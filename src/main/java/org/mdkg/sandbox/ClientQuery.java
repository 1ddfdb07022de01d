package org.mdkg.sandbox;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Limits;

/**
 * A query text from a client, parsed within {@link Limits}: larger than {@link Limits#queryMaxBytes} is 413, a syntax
 * error 400 naming the line and column, more than {@link Limits#queryMaxElements} elements 400. {@code /sparql} and
 * the MCP {@code sparql} tool both parse through it.
 */
public final class ClientQuery {
    private ClientQuery() {}

    /** The parsed query, or a {@link MdkgException} saying which limit or which syntax rule it broke. */
    public static Query parse(String text, Limits limits) {
        if (text != null && text.length() > limits.queryMaxBytes()) {
            throw tooLarge(limits);
        }
        try {
            return QueryParsing.parse(text, limits.queryMaxElements());
        } catch (QueryParseException e) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "SPARQL syntax error: " + QueryText.bounded(e));
        }
    }

    /** The 413 of a query over {@link Limits#queryMaxBytes}. */
    public static MdkgException tooLarge(Limits limits) {
        return new MdkgException(
                ErrorKind.TOO_LARGE,
                "the query is larger than " + limits.queryMaxBytes()
                        + " bytes (MDKG_QUERY_MAX_BYTES); use VALUES with fewer rows or split the query");
    }
}
