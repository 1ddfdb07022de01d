package org.mdkg.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The label of an IRI in the requested language: its {@code rdfs:label} (then {@code skos:prefLabel}, then
 * {@code dct:title}) tagged with that language, else English, else without a tag, else any. Read inside the caller's
 * read transaction; remembers what it looked up.
 */
final class LabelNames {
    private static final List<Node> NAME_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final DatasetGraph dsg;
    private final String lang;
    private final Map<Node, String> known = new HashMap<>();

    LabelNames(DatasetGraph dsg, String lang) {
        this.dsg = dsg;
        this.lang = lang;
    }

    /** The label of {@code iri}, or null when the data has none. */
    String of(Node iri) {
        return known.computeIfAbsent(iri, this::lookUp);
    }

    private String lookUp(Node iri) {
        for (Node p : NAME_PROPERTIES) {
            String best = null;
            int bestScore = -1;
            var found = dsg.find(Node.ANY, iri, p, Node.ANY);
            while (found.hasNext()) {
                Node o = found.next().getObject();
                int score = o.isLiteral() ? score(o.getLiteralLanguage()) : -1;
                if (score > bestScore) {
                    best = o.getLiteralLexicalForm();
                    bestScore = score;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private int score(String tag) {
        String primary = tag.toLowerCase(Locale.ROOT).replaceFirst("-.*", "");
        if (primary.equals(lang)) {
            return 3;
        }
        return primary.equals("en") ? 2 : primary.isEmpty() ? 1 : 0;
    }
}
