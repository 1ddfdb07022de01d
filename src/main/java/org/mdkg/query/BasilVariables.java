package org.mdkg.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.XSD;

/**
 * grlc's and BASIL's parameter convention: a SPARQL variable {@code ?_name} is a required parameter {@code name},
 * {@code ?__name} an optional one; a suffix types the value — {@code _iri}, {@code _literal}/{@code _string},
 * {@code _integer}, {@code _decimal}, {@code _boolean}, {@code _date}, any XSD datatype ({@code _dateTime},
 * {@code _xsd_gYear}), {@code _<prefix>_<local>} for a datatype under a prefix the query declares, or a language tag
 * ({@code _en}). A variable of this shape that mdkg cannot map is refused with its {@code file:line:col}.
 */
final class BasilVariables {
    private static final Pattern VARIABLE = Pattern.compile("[?$](_[A-Za-z0-9_]*)");
    private static final Pattern IRI_REF = Pattern.compile("<[^<>\"{}|^`\\\\\\s]*>");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");
    private static final Set<String> INTEGERS = Set.of(
            "integer",
            "positiveInteger",
            "negativeInteger",
            "nonPositiveInteger",
            "nonNegativeInteger",
            "long",
            "int",
            "short",
            "byte",
            "unsignedLong",
            "unsignedInt",
            "unsignedShort",
            "unsignedByte");

    private BasilVariables() {}

    /** The parameters named by the variables of {@code text} (the whole file), in order of first appearance. */
    static List<QueryParam> read(Path file, String text, Query query) {
        Map<String, QueryParam> byName = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(masked(text));
        while (m.find()) {
            String variable = m.group(1);
            String where = file + ":" + position(text, m.start());
            QueryParam p = param(variable, query, where);
            QueryParam earlier = byName.putIfAbsent(p.name(), p);
            if (earlier != null && !earlier.variable().equals(variable)) {
                throw new InvalidQueryFileException(
                        where + ": ?" + variable + " and ?" + earlier.variable() + " both name the parameter '"
                                + p.name() + "'",
                        null);
            }
        }
        List<QueryParam> params = new ArrayList<>(byName.values());
        refuseHiddenInSubqueries(file, text, query.getQueryPattern(), params);
        return params;
    }

    /**
     * Refuses a parameter variable inside a sub-SELECT that does not project it: the {@code VALUES} block at the top
     * of the WHERE clause would not reach it, so the parameter would not filter (grlc, pasting text, would).
     */
    private static void refuseHiddenInSubqueries(Path file, String text, Element pattern, List<QueryParam> params) {
        if (pattern == null) {
            return;
        }
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                Query sub = el.getQuery();
                String inner = sub.serialize();
                for (QueryParam p : params) {
                    boolean used = Pattern.compile("[?$]" + Pattern.quote(p.variable()) + "\\b")
                            .matcher(inner)
                            .find();
                    if (used
                            && !sub.isQueryResultStar()
                            && !sub.getProjectVars().contains(Var.alloc(p.variable()))) {
                        int at = text.indexOf("?" + p.variable());
                        throw new InvalidQueryFileException(
                                file + ":" + position(text, Math.max(0, at)) + ": ?" + p.variable()
                                        + " is inside a sub-SELECT that does not return it, so the parameter would"
                                        + " not filter: add ?" + p.variable() + " to that SELECT",
                                null);
                    }
                }
                refuseHiddenInSubqueries(file, text, sub.getQueryPattern(), params);
            }
        });
    }

    private static QueryParam param(String variable, Query query, String where) {
        int underscores = variable.startsWith("__") ? 2 : 1;
        String[] parts = variable.substring(underscores).split("_", -1);
        if (variable.startsWith("___") || parts[0].isEmpty() || List.of(parts).contains("") || parts.length > 3) {
            throw unreadable(variable, where, "it is not ?_name, ?__name, ?_name_type or ?_name_prefix_type");
        }
        String name = parts[0];
        boolean required = underscores == 1;
        if (parts.length == 1) {
            return typed(name, ParamType.STRING, required, variable, null, null);
        }
        if (parts.length == 3) {
            return prefixed(name, required, variable, parts[1], parts[2], query, where);
        }
        String suffix = parts[1];
        return switch (suffix) {
            case "iri" -> typed(name, ParamType.IRI, required, variable, null, null);
            case "literal", "string" -> typed(name, ParamType.STRING, required, variable, null, null);
            case "number" ->
                throw unreadable(
                        variable,
                        where,
                        "grlc pastes a '_number' into the query as text; mdkg binds typed terms, so say which: "
                                + "_integer, _decimal or _xsd_double");
            default -> {
                if (xsd(suffix) != null) {
                    yield xsdTyped(name, required, variable, suffix);
                }
                if (LANGUAGE.matcher(suffix).matches()) {
                    yield typed(name, ParamType.LANG_STRING, required, variable, suffix, null);
                }
                throw unreadable(
                        variable,
                        where,
                        "'_" + suffix + "' is neither iri, literal, an XSD datatype (integer, decimal, boolean, date,"
                                + " dateTime, …) nor a language tag (en, fr, …)");
            }
        };
    }

    private static QueryParam prefixed(
            String name, boolean required, String variable, String prefix, String local, Query query, String where) {
        String namespace =
                prefix.equals("xsd") ? XSD.NS : query.getPrefixMapping().getNsPrefixURI(prefix);
        if (namespace == null) {
            throw unreadable(variable, where, "the query declares no PREFIX " + prefix + ":");
        }
        if (namespace.equals(XSD.NS)) {
            if (xsd(local) == null) {
                throw unreadable(variable, where, "xsd:" + local + " is not an XSD datatype");
            }
            return xsdTyped(name, required, variable, local);
        }
        return typed(name, ParamType.STRING, required, variable, null, namespace + local);
    }

    /** An XSD datatype as the nearest mdkg type, the datatype kept when it is not that type's own. */
    private static QueryParam xsdTyped(String name, boolean required, String variable, String local) {
        return switch (local) {
            case "integer" -> typed(name, ParamType.INTEGER, required, variable, null, null);
            case "decimal" -> typed(name, ParamType.DECIMAL, required, variable, null, null);
            case "boolean" -> typed(name, ParamType.BOOLEAN, required, variable, null, null);
            case "date" -> typed(name, ParamType.DATE, required, variable, null, null);
            case "string" -> typed(name, ParamType.STRING, required, variable, null, null);
            case "float", "double" -> typed(name, ParamType.DECIMAL, required, variable, null, XSD.NS + local);
            default -> {
                ParamType type = INTEGERS.contains(local) ? ParamType.INTEGER : ParamType.STRING;
                yield typed(name, type, required, variable, null, XSD.NS + local);
            }
        };
    }

    private static RDFDatatype xsd(String local) {
        RDFDatatype dt = TypeMapper.getInstance().getTypeByName(XSD.NS + local);
        return dt instanceof XSDDatatype ? dt : null;
    }

    private static QueryParam typed(
            String name, ParamType type, boolean required, String variable, String lang, String datatype) {
        return new QueryParam(name, type, required, null, false, null, List.of(), null, null, variable, lang, datatype);
    }

    private static InvalidQueryFileException unreadable(String variable, String where, String why) {
        return new InvalidQueryFileException(
                where + ": ?" + variable + " looks like a grlc parameter, but mdkg cannot read it: " + why, null);
    }

    /** {@code line:col} (1-based) of {@code offset} in {@code text}. */
    static String position(String text, int offset) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return line + ":" + (offset - start + 1);
    }

    /** {@code text} with comments, string literals and IRIs blanked out (same length, same line breaks). */
    private static String masked(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            int end;
            if (c == '#') {
                end = text.indexOf('\n', i);
                end = end < 0 ? out.length : end;
            } else if (c == '"' || c == '\'') {
                end = stringEnd(text, i);
            } else if (c == '<') {
                Matcher iri = IRI_REF.matcher(text).region(i, out.length);
                end = iri.lookingAt() ? iri.end() : i + 1;
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (out[j] != '\n') {
                    out[j] = ' ';
                }
            }
            i = Math.max(end, i + 1);
        }
        return new String(out);
    }

    private static int stringEnd(String text, int start) {
        char q = text.charAt(start);
        String triple = String.valueOf(q).repeat(3);
        if (text.startsWith(triple, start)) {
            int end = text.indexOf(triple, start + 3);
            return end < 0 ? text.length() : end + 3;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == q || c == '\n') {
                return i + 1;
            }
        }
        return text.length();
    }
}
