package org.mdkg.derive;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.mdkg.base.Sha256;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.MDKG;

/**
 * Writing into the derived graph: quads, typed values, and the IRIs of derived nodes. A derived node's IRI is made
 * from what it is about ({@code …/id/derived/scorecard/process/process/rabat}), so the same data always derives
 * the same nodes and a write that changes nothing changes no derived quad.
 */
final class DerivedNodes {
    /** The start of every derived node's IRI. */
    static final String PREFIX = MDKG.ID + "derived/";

    private DerivedNodes() {}

    /** {@code …/id/derived/<kind>/<part>/<part>…}; each IRI part is written as {@link #slug}. */
    static Node iri(String kind, Object... parts) {
        StringBuilder b = new StringBuilder(PREFIX).append(kind);
        for (Object part : parts) {
            b.append('/').append(part instanceof Node n ? slug(n) : String.valueOf(part));
        }
        return NodeFactory.createURI(b.toString());
    }

    /**
     * A readable, stable path segment for a node: an mdkg instance's path after {@code /id/} ({@code process/rabat});
     * any other IRI or a literal as its characters outside {@code [A-Za-z0-9._~-]} replaced, with a short hash so
     * that two different terms never share a segment.
     */
    static String slug(Node n) {
        String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        if (n.isURI() && text.startsWith(MDKG.ID)) {
            return text.substring(MDKG.ID.length());
        }
        String plain = text.replaceFirst("^[a-z]+://", "").replaceAll("[^A-Za-z0-9._~-]+", "-");
        return (plain.length() > 60 ? plain.substring(0, 60) : plain) + "-"
                + Sha256.hex(text).substring(0, 8);
    }

    static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        dataset.add(new Quad(GraphNames.DERIVED, s, p, o));
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    /**
     * A decimal in the canonical form TDB2 reads a stored decimal back as ("1.0", "0.25"): any other form ("1.000")
     * would leave a quad that could not later be matched, and so not deleted, by value.
     */
    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(canonical(value), XSDDatatype.XSDdecimal);
    }

    static String canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0).toPlainString() + ".0" : stripped.toPlainString();
    }
}
