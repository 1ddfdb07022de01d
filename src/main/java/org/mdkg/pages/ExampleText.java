package org.mdkg.pages;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.mdkg.query.NamedQuery;

/**
 * A named query's worked example as its author wrote it: the file's text, comments and layout kept, with the
 * header's example parameters written as {@code VALUES} lines just inside the first brace of the WHERE clause —
 * where the library binds them. The result is kept only if it parses to the same query the library would run;
 * otherwise the file's text is shown as it is.
 */
final class ExampleText {
    private ExampleText() {}

    static String of(NamedQuery q, Map<String, List<String>> exampleParams) {
        if (exampleParams.isEmpty()) {
            return q.text();
        }
        try {
            Map<String, List<Node>> typed = q.typedParams(exampleParams);
            Query expected = q.bind(exampleParams);
            int brace = firstBrace(q.text());
            if (brace < 0 || typed.isEmpty()) {
                return q.text();
            }
            StringBuilder values = new StringBuilder();
            typed.forEach((name, nodes) -> {
                values.append("\n  VALUES ?").append(name).append(" {");
                nodes.forEach(n -> values.append(' ').append(NodeFmtLib.strNT(n)));
                values.append(" }   # example value");
            });
            String text = q.text().substring(0, brace + 1) + values + q.text().substring(brace + 1);
            return QueryFactory.create(text).equals(expected) ? text : q.text();
        } catch (QueryParseException | org.mdkg.base.MdkgException e) {
            return q.text();
        }
    }

    /** The first {@code {} outside comments, strings and IRIs: the opening of a SELECT query's WHERE clause. */
    static int firstBrace(String text) {
        char quote = 0;
        boolean iri = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (iri) {
                iri = c != '>';
            } else if (c == '#') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<'
                    && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1))
                    && text.charAt(i + 1) != '=') {
                iri = true;
            } else if (c == '{') {
                return i;
            }
        }
        return -1;
    }
}
