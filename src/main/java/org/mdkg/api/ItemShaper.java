package org.mdkg.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/**
 * Turns SPARQL result rows into the API's clean JSON. The first variable is the item itself and gives its
 * {@code id} and {@code iri}; a variable {@code xLabel} becomes the {@code label} of the object made for
 * variable {@code x}; IRIs become {@code {id, iri, label}} objects and literals become JSON strings,
 * numbers or booleans.
 */
final class ItemShaper {
    private ItemShaper() {}

    /** A row as a nested item (resource endpoints). */
    static Map<String, Object> item(List<String> vars, Map<String, Node> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            String v = vars.get(i);
            Node n = row.get(v);
            if (isLabelOfAnother(v, vars)) {
                continue;
            }
            if (i == 0 && n != null && n.isURI()) {
                item.put("id", slug(n.getURI()));
                item.put("iri", n.getURI());
            } else if (n != null && n.isURI()) {
                item.put(v, reference(n, row.get(v + "Label")));
            } else if (n != null) {
                item.put(v, value(n));
            }
        }
        return item;
    }

    /** A row as a flat map of variable to plain value (named-query endpoint): IRIs as strings. */
    static Map<String, Object> flat(List<String> vars, Map<String, Node> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (String v : vars) {
            Node n = row.get(v);
            if (n != null) {
                item.put(v, n.isURI() ? n.getURI() : value(n));
            }
        }
        return item;
    }

    private static boolean isLabelOfAnother(String v, List<String> vars) {
        return v.endsWith("Label") && v.length() > 5 && vars.contains(v.substring(0, v.length() - 5));
    }

    private static Map<String, Object> reference(Node iri, Node label) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", slug(iri.getURI()));
        ref.put("iri", iri.getURI());
        if (label != null && label.isLiteral()) {
            ref.put("label", label.getLiteralLexicalForm());
        }
        return ref;
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

    /** A literal (or blank node) as a JSON value: numbers and booleans typed, everything else text. */
    static Object value(Node n) {
        if (!n.isLiteral()) {
            return n.toString();
        }
        String lexical = n.getLiteralLexicalForm();
        Object dt = n.getLiteralDatatype();
        try {
            if (dt instanceof XSDDatatype x) {
                if (XSDDatatype.XSDboolean.equals(x)) {
                    return Boolean.parseBoolean(lexical);
                }
                if (XSDDatatype.XSDinteger.equals(x)
                        || XSDDatatype.XSDint.equals(x)
                        || XSDDatatype.XSDlong.equals(x)
                        || XSDDatatype.XSDnonNegativeInteger.equals(x)
                        || XSDDatatype.XSDpositiveInteger.equals(x)) {
                    return new BigInteger(lexical.trim());
                }
                if (XSDDatatype.XSDdecimal.equals(x)
                        || XSDDatatype.XSDdouble.equals(x)
                        || XSDDatatype.XSDfloat.equals(x)) {
                    return new BigDecimal(lexical.trim());
                }
            }
        } catch (RuntimeException e) {
            return lexical;
        }
        return lexical;
    }
}
