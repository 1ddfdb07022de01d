package org.mdkg.pages;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/** Small helpers over result rows (variable → term) for the pages. */
final class Rows {
    private Rows() {}

    /** The lexical form of a literal, or null. */
    static String text(Map<String, Node> row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** A whole number, or 0. */
    static int number(Map<String, Node> row, String var) {
        String t = text(row, var);
        try {
            return t == null ? 0 : (int) Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The cell of {@code var}: its name and link. */
    static Cell cell(Labels labels, Map<String, Node> row, String var) {
        return labels.cell(row.get(var));
    }

    /** A status concept as a badge (its name, its page, the CSS class of its colour). */
    static Cell status(Labels labels, Node status) {
        if (status == null) {
            return Cell.text("not assessed").withCss("status status-none");
        }
        return labels.cell(status).withCss("status status-" + slug(status));
    }

    /** The last path segment of an mdkg IRI ({@code …/status/complete} gives {@code complete}). */
    static String slug(Node n) {
        String iri = n.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The path of an mdkg instance under {@code id/} ({@code process/rabat}), for named-query parameters. */
    static String idPath(Node n) {
        return n.getURI().startsWith(MDKG.ID) ? n.getURI().substring(MDKG.ID.length()) : n.getURI();
    }

    /** One parameter with one value. */
    static Map<String, List<String>> param(String name, String value) {
        return Map.of(name, List.of(value));
    }
}
