package org.mdkg.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

/** The types a named-query parameter can have, and how a text value becomes a typed RDF term. */
public enum ParamType {
    IRI,
    STRING,
    LANG_STRING,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN,
    ENUM;

    public static ParamType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown parameter type '" + name
                            + "' (iri, string, lang-string, integer, decimal, date, boolean, enum)",
                    e);
        }
    }

    /** The lower-case name used in query headers and the OpenAPI document. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Converts {@code value} to an RDF term. For IRI and ENUM parameters a bare slug is resolved against
     * {@code prefix}. Throws {@link IllegalArgumentException} with a reason if the value does not fit.
     */
    public Node toNode(String value, String prefix, String lang) {
        return switch (this) {
            case IRI, ENUM -> iri(value, prefix);
            case STRING -> NodeFactory.createLiteralString(value);
            case LANG_STRING -> NodeFactory.createLiteralLang(value, lang == null ? "en" : lang);
            case INTEGER ->
                typed(new BigInteger(check(value, "-?[0-9]+", "an integer")).toString(), XSDDatatype.XSDinteger);
            case DECIMAL ->
                typed(
                        new BigDecimal(check(value, "-?[0-9]+(\\.[0-9]+)?", "a decimal number")).toPlainString(),
                        XSDDatatype.XSDdecimal);
            case DATE -> typed(date(value), XSDDatatype.XSDdate);
            case BOOLEAN -> typed(check(value, "true|false", "true or false"), XSDDatatype.XSDboolean);
        };
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static String check(String value, String regex, String what) {
        if (!value.matches(regex)) {
            throw new IllegalArgumentException("'" + value + "' is not " + what);
        }
        return value;
    }

    private static String date(String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    private static Node iri(String value, String prefix) {
        String candidate = value;
        if (prefix != null && value.matches("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*")) {
            candidate = prefix + value;
        }
        if (!candidate.matches("https?://[^\\s<>\"{}|\\\\^`]+") && !candidate.matches("urn:[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("'" + value + "' is neither a slug nor an http(s) or urn IRI");
        }
        try {
            IRIs.checkEx(candidate);
        } catch (IRIException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid IRI: " + e.getMessage(), e);
        }
        return NodeFactory.createURI(candidate);
    }
}
