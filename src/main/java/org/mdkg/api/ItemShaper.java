package org.mdkg.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mdkg.api.ColumnType.Kind;
import org.mdkg.vocab.MDKG;

/**
 * Turns SPARQL result rows into the API's one JSON shape, each column in the type {@link ColumnTypes} derived: an
 * IRI is a reference {@code {id, iri, label}} (the label in the request's language, else the row's {@code xLabel},
 * else the id), a list column a JSON array, integers and doubles JSON numbers, decimals exact text, booleans
 * booleans, dates and everything else text. A named query's row keeps every column; a resource ({@link #item})
 * takes its {@code id} and {@code iri} from the first column.
 */
final class ItemShaper {
    private final LabelNames names;

    ItemShaper(LabelNames names) {
        this.names = names;
    }

    /** A named query's row: one key per column, in the column's type. */
    Map<String, Object> row(Map<String, ColumnType> columns, Map<String, Node> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        columns.forEach((v, type) -> put(out, v, type, row));
        return out;
    }

    /** A resource: its {@code id}, {@code iri} and {@code label} from the first column, then the other columns. */
    Map<String, Object> item(Map<String, ColumnType> columns, List<String> vars, Map<String, Node> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        String first = vars.get(0);
        Node subject = row.get(first);
        if (subject != null && subject.isURI()) {
            out.put("id", slug(subject.getURI()));
            out.put("iri", subject.getURI());
            String label = names.of(subject);
            if (label != null && columns.containsKey("label")) {
                out.put("label", label);
            }
        }
        columns.forEach((v, type) -> {
            if (!v.equals(first) && !out.containsKey(v)) {
                put(out, v, type, row);
            }
        });
        return out;
    }

    private void put(Map<String, Object> out, String v, ColumnType type, Map<String, Node> row) {
        Node n = row.get(v);
        if (type.isList()) {
            out.put(v, list(type, n));
        } else if (n != null) {
            out.put(v, type.kind() == Kind.REFERENCE ? reference(n, row.get(v + "Label")) : value(type.kind(), n));
        }
    }

    private List<Object> list(ColumnType type, Node n) {
        List<Object> values = new ArrayList<>();
        String text = n == null ? "" : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
        if (text.isEmpty()) {
            return values;
        }
        for (String part : text.split(Pattern.quote(type.separator()))) {
            if (!part.isBlank()) {
                values.add(
                        type.kind() == Kind.REFERENCE
                                ? reference(NodeFactory.createURI(part.trim()), null)
                                : value(type.kind(), NodeFactory.createLiteralString(part)));
            }
        }
        return values;
    }

    private Map<String, Object> reference(Node n, Node rowLabel) {
        String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        String label = n.isURI() ? names.of(n) : null;
        if (label == null && rowLabel != null && rowLabel.isLiteral()) {
            label = rowLabel.getLiteralLexicalForm();
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", slug(iri));
        ref.put("iri", iri);
        ref.put("label", label == null ? slug(iri) : label);
        return ref;
    }

    /** A value of {@code kind} in JSON; a lexical form that does not read as the kind stays text. */
    static Object value(Kind kind, Node n) {
        String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        try {
            return switch (kind) {
                case INTEGER -> new BigInteger(text.trim());
                case DECIMAL -> canonicalDecimal(new BigDecimal(text.trim()));
                case DOUBLE -> new BigDecimal(text.trim());
                case BOOLEAN -> xsdBoolean(text.trim());
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** An xsd:boolean's value: "true" or "1" (Virtuoso writes "1" and "0"); anything else is the text as it is. */
    private static Object xsdBoolean(String text) {
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> text;
        };
    }

    /**
     * The canonical text of a decimal (XSD: no leading or trailing zeros, at least one digit on each side of the
     * point), so that every store answers alike: {@code 6.0} for "6.0", "6" and "6.00" (Virtuoso gives "6").
     */
    static String canonicalDecimal(BigDecimal d) {
        String text = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }

    /** A row as a flat map of variable to plain value (CSV of named queries): IRIs and lists as the query gives them. */
    static Map<String, Object> flat(List<String> vars, Map<String, Node> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (String v : vars) {
            Node n = row.get(v);
            if (n != null) {
                item.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            }
        }
        return item;
    }

    /** Whether {@code v} is {@code xLabel} for another projected variable {@code x}. */
    static boolean isLabelOfAnother(String v, List<String> vars) {
        return v.endsWith("Label") && v.length() > 5 && vars.contains(v.substring(0, v.length() - 5));
    }

    /**
     * The id of an IRI: for mdkg instances the part after the kind ({@code …/id/commitment/c07} gives
     * {@code c07}, {@code …/id/document/d/part-1} gives {@code d/part-1}); otherwise the part after the last
     * {@code #} or {@code /}.
     */
    static String slug(String iri) {
        if (iri.startsWith(MDKG.ID)) {
            String rest = iri.substring(MDKG.ID.length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(slash + 1);
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
