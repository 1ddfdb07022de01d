package org.mdkg.http;

import java.util.List;
import org.apache.jena.riot.Lang;

/** Reads an {@code Accept} header for the description endpoints: HTML for browsers, else an RDF syntax. */
public final class RdfAccept {
    private static final List<Lang> SYNTAXES = List.of(Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES);
    private static final List<String> TYPES =
            SYNTAXES.stream().map(Lang::getHeaderString).toList();

    private RdfAccept() {}

    /** True if the client ranks text/html above every RDF syntax (browsers do). */
    public static boolean prefersHtml(String accept) {
        AcceptHeader a = AcceptHeader.of(accept);
        double html = a.exact("text/html");
        return html > 0 && html >= a.bestExact(TYPES) && !TYPES.contains(a.first());
    }

    /** True if the client asks for an RDF syntax at all. */
    public static boolean isRdf(String accept) {
        return AcceptHeader.of(accept).bestExact(TYPES) > 0;
    }

    /** The RDF syntax to answer with: the best ranked of Turtle, RDF/XML, JSON-LD, N-Triples; Turtle by default. */
    public static Lang choose(String accept) {
        AcceptHeader a = AcceptHeader.of(accept);
        Lang best = Lang.TURTLE;
        double bestQ = 0;
        for (Lang lang : SYNTAXES) {
            double q = a.exact(lang.getHeaderString());
            if (q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }
}
