package org.mdkg.server;

import java.util.Locale;
import org.apache.jena.riot.Lang;

/** Reads an {@code Accept} header for the description endpoints: HTML for browsers, else an RDF syntax. */
final class RdfAccept {
    private RdfAccept() {
    }

    /** True if the client ranks text/html above every RDF syntax (browsers do). */
    static boolean prefersHtml(String accept) {
        return accept != null && quality(accept, "text/html") > 0 && quality(accept, "text/html") >= rdfQuality(accept)
                && !isRdfFirst(accept);
    }

    /** True if the client asks for an RDF syntax at all. */
    static boolean isRdf(String accept) {
        return accept != null && rdfQuality(accept) > 0;
    }

    /** The RDF syntax to answer with: the best ranked of Turtle, RDF/XML, JSON-LD, N-Triples; Turtle by default. */
    static Lang choose(String accept) {
        Lang best = Lang.TURTLE;
        double bestQ = 0;
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES}) {
            double q = accept == null ? 0 : quality(accept, lang.getHeaderString());
            if (q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }

    private static boolean isRdfFirst(String accept) {
        String first = accept.split(",")[0].split(";")[0].trim().toLowerCase(Locale.ROOT);
        return first.equals("text/turtle") || first.equals("application/rdf+xml") || first.equals("application/ld+json")
                || first.equals("application/n-triples");
    }

    private static double rdfQuality(String accept) {
        double q = 0;
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES}) {
            q = Math.max(q, quality(accept, lang.getHeaderString()));
        }
        return q;
    }

    /** The q value the header gives exactly this media type (no wildcards), 0 if absent. */
    private static double quality(String accept, String mediaType) {
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase(mediaType)) {
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(p.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                return q;
            }
        }
        return 0;
    }
}
