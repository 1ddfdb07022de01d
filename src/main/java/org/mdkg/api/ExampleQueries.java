package org.mdkg.api;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.mdkg.query.ExampleExpectation;
import org.mdkg.query.InvalidParameterException;
import org.mdkg.query.InvalidQueryFileException;
import org.mdkg.query.NamedQuery;

/**
 * The worked example of a named query as SPARQL that runs as it is: the query with its header's example
 * parameters (or, lacking those, its defaults) bound in a VALUES block. Used by the catalogue and the
 * {@code /sparql} page's gallery.
 */
public final class ExampleQueries {
    private ExampleQueries() {}

    /** The example parameters of the header ({@code example: {params: {...}}}), each as a list of text values. */
    public static Map<String, List<String>> params(NamedQuery q) {
        try {
            return ExampleExpectation.of(q).params();
        } catch (InvalidQueryFileException e) {
            return Map.of();
        }
    }

    /** The example as runnable SPARQL text, or the file's own text if the example does not bind. */
    public static String runnable(NamedQuery q) {
        try {
            Query bound = q.bind(params(q));
            return bound.serialize();
        } catch (InvalidParameterException | InvalidQueryFileException e) {
            return q.text();
        }
    }
}
