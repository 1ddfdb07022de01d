package org.mdkg.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.Prefixes;

/**
 * Names for RDF terms, in the page's language: the {@code rdfs:label} (then {@code skos:prefLabel}, then
 * {@code dct:title}) in that language, else in English, else in any; an IRI without a name is shown by its prefixed
 * name or its last path segment, never as a bare IRI. Literals show their value (dates as dates, numbers as
 * numbers). Read inside the caller's read transaction; remembers what it looked up.
 */
final class Labels {
    private static final List<Node> NAME_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final DatasetGraph dsg;
    private final String lang;
    private final Map<Node, String> known = new HashMap<>();

    Labels(DatasetGraph dsg, String lang) {
        this.dsg = dsg;
        this.lang = lang;
    }

    String lang() {
        return lang;
    }

    DatasetGraph dataset() {
        return dsg;
    }

    /** One value of {@code p} on {@code s} (the first the store gives), or null. */
    Node value(Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The name of {@code n}. */
    String of(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return literal(n);
        }
        return known.computeIfAbsent(n, this::lookUp);
    }

    /** The name of {@code n} in this language, if the data has one (no fall-back). */
    String inLanguage(Node n) {
        for (Node p : NAME_PROPERTIES) {
            var it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && o.getLiteralLanguage().startsWith(lang)) {
                    return o.getLiteralLexicalForm();
                }
            }
        }
        return null;
    }

    /** {@code n} as a cell: its name, linked to its page when it has one. */
    Cell cell(Node n) {
        if (n == null) {
            return Cell.text("");
        }
        if (n.isLiteral()) {
            String l = n.getLiteralLanguage();
            return new Cell(literal(n), null, null, l.isEmpty() ? null : l);
        }
        boolean isOurs = n.isURI() && (n.getURI().startsWith(MDKG.ID) || dsg.contains(Node.ANY, n, Node.ANY, Node.ANY));
        return Cell.link(of(n), isOurs ? Links.href(n) : n.isURI() ? n.getURI() : null);
    }

    private String lookUp(Node n) {
        if (!n.isURI()) {
            return "(unnamed node)";
        }
        String best = null;
        int bestScore = -1;
        for (Node p : NAME_PROPERTIES) {
            var it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String l = o.getLiteralLanguage();
                int score = l.startsWith(lang) ? 3 : l.startsWith("en") ? 2 : l.isEmpty() ? 1 : 0;
                if (score > bestScore) {
                    best = o.getLiteralLexicalForm();
                    bestScore = score;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return fallback(n.getURI());
    }

    /** A name for an IRI the data does not name: a prefixed name, or the last segment of the path. */
    static String fallback(String iri) {
        if (iri.startsWith(MDKG.ID)) {
            String rest = iri.substring(MDKG.ID.length());
            return rest.replace('/', ' ').replace('-', ' ');
        }
        for (Map.Entry<String, String> e : Prefixes.map().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        String host = trimmed.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/.*", "");
        return cut > 0 && cut < trimmed.length() - 1 ? host + " " + trimmed.substring(cut + 1) : host;
    }

    /** A literal as text: booleans as yes/no, everything else as written. */
    static String literal(Node n) {
        if (XSDDatatype.XSDboolean.getURI().equals(n.getLiteralDatatypeURI())) {
            String b = n.getLiteralLexicalForm().trim(); // "true" or "1" (Virtuoso writes 1 and 0)
            return b.equals("true") || b.equals("1") ? "yes" : "no";
        }
        return n.getLiteralLexicalForm();
    }
}
