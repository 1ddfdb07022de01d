package org.mdkg.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.mdkg.api.ColumnType.Kind;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryParam;

/**
 * Derives the type of each column of a named query from its SPARQL: a variable bound as the object of a triple
 * pattern takes the property's range ({@link Ranges}), a subject is a reference, {@code BIND} and projection
 * expressions give their result type ({@code COUNT} an integer, {@code SAMPLE}/{@code MIN}/{@code MAX} their
 * argument's, {@code STRDT}/casts their datatype, comparisons a boolean), a {@code GROUP_CONCAT} is a list (of
 * references when it joins {@code STR(?iri)}), and {@code ?x} next to a projected {@code ?xLabel} is a reference.
 * A column no rule types is text. A column is required when the query's own pattern (outside {@code OPTIONAL},
 * {@code UNION} and sub-queries) binds it, or when it is a count or a list.
 */
final class ColumnTypes {
    private static final Set<String> BOOLEAN_FUNCTIONS = Set.of(
            "E_LogicalAnd",
            "E_LogicalOr",
            "E_LogicalNot",
            "E_Equals",
            "E_NotEquals",
            "E_LessThan",
            "E_LessThanOrEqual",
            "E_GreaterThan",
            "E_GreaterThanOrEqual",
            "E_Bound",
            "E_Exists",
            "E_NotExists",
            "E_OneOf",
            "E_NotOneOf",
            "E_LangMatches",
            "E_Regex",
            "E_StrContains",
            "E_StrStartsWith",
            "E_StrEndsWith",
            "E_IsIRI",
            "E_IsURI",
            "E_IsBlank",
            "E_IsLiteral",
            "E_IsNumeric",
            "E_SameTerm");
    private static final Set<String> INTEGER_FUNCTIONS = Set.of(
            "E_DateTimeYear",
            "E_DateTimeMonth",
            "E_DateTimeDay",
            "E_DateTimeHours",
            "E_DateTimeMinutes",
            "E_StrLength");
    private static final Set<String> NUMERIC_FUNCTIONS = Set.of(
            "E_Add",
            "E_Subtract",
            "E_Multiply",
            "E_UnaryMinus",
            "E_UnaryPlus",
            "E_NumAbs",
            "E_NumRound",
            "E_NumFloor",
            "E_NumCeiling");

    private final Ranges ranges;
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, ColumnType> lists = new HashMap<>();
    private final Set<String> required = new HashSet<>();

    private ColumnTypes(Ranges ranges) {
        this.ranges = ranges;
    }

    /** The columns of {@code query}'s rows, in projection order (a projected {@code ?xLabel} of {@code ?x} left out). */
    static Map<String, ColumnType> of(NamedQuery query, Ranges ranges) {
        ColumnTypes d = new ColumnTypes(ranges);
        Query q = query.query();
        d.triples(q.getQueryPattern(), true);
        for (int pass = 0; pass < 3; pass++) {
            d.expressions(q.getQueryPattern());
            d.project(q, false);
        }
        for (QueryParam p : query.params()) {
            d.kinds.putIfAbsent(p.name(), paramKind(p));
        }
        return d.columns(q);
    }

    private Map<String, ColumnType> columns(Query q) {
        List<String> vars = q.getResultVars();
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        for (String v : vars) {
            if (ItemShaper.isLabelOfAnother(v, vars)) {
                continue;
            }
            boolean labelled = vars.contains(v + "Label");
            ColumnType list = lists.get(v);
            ColumnType type =
                    list != null ? list : ColumnType.of(labelled ? Kind.REFERENCE : kinds.getOrDefault(v, Kind.STRING));
            columns.put(v, required.contains(v) ? type.required() : type);
        }
        return columns;
    }

    private static Kind paramKind(QueryParam p) {
        return switch (p.type().name()) {
            case "IRI" -> Kind.REFERENCE;
            case "ENUM" -> p.prefix() == null ? Kind.STRING : Kind.REFERENCE;
            case "INTEGER" -> Kind.INTEGER;
            case "DECIMAL" -> Kind.DECIMAL;
            case "DATE" -> Kind.DATE;
            case "BOOLEAN" -> Kind.BOOLEAN;
            default -> Kind.STRING;
        };
    }

    /** Types variables by the triple patterns that bind them; {@code isRequired}: outside OPTIONAL and UNION. */
    private void triples(Element e, boolean isRequired) {
        switch (e) {
            case ElementGroup g -> g.getElements().forEach(c -> triples(c, isRequired));
            case ElementPathBlock b -> b.getPattern().getList().forEach(t -> triple(t, isRequired));
            case ElementOptional o -> triples(o.getOptionalElement(), false);
            case ElementUnion u -> u.getElements().forEach(c -> triples(c, false));
            case ElementNamedGraph n -> triples(n.getElement(), isRequired);
            case ElementSubQuery s -> triples(s.getQuery().getQueryPattern(), false);
            default -> {
                // filters, MINUS, VALUES and BIND bind nothing through a triple pattern
            }
        }
    }

    private void triple(TriplePath t, boolean isRequired) {
        Node s = t.getSubject();
        Node o = t.getObject();
        if (s.isVariable()) {
            kinds.put(s.getName(), Kind.REFERENCE);
            if (isRequired) {
                required.add(s.getName());
            }
        }
        if (o.isVariable()) {
            Kind k = objectKind(t.isTriple() ? new P_Link(t.getPredicate()) : t.getPath());
            if (k != null) {
                kinds.put(o.getName(), k);
            }
            if (isRequired) {
                required.add(o.getName());
            }
        }
    }

    private Kind objectKind(Path path) {
        return switch (path) {
            case P_Link l -> ranges.of(l.getNode());
            case P_Seq s -> objectKind(s.getRight());
            case P_Alt a -> objectKind(a.getLeft());
            case P_ZeroOrMore1 z -> objectKind(z.getSubPath());
            case P_OneOrMore1 m -> objectKind(m.getSubPath());
            case P_Inverse i -> Kind.REFERENCE;
            default -> null;
        };
    }

    /** Types variables by {@code BIND}, {@code VALUES} and the projections of sub-queries. */
    private void expressions(Element e) {
        switch (e) {
            case ElementGroup g -> g.getElements().forEach(this::expressions);
            case ElementOptional o -> expressions(o.getOptionalElement());
            case ElementUnion u -> u.getElements().forEach(this::expressions);
            case ElementMinus m -> expressions(m.getMinusElement());
            case ElementNamedGraph n -> expressions(n.getElement());
            case ElementFilter f -> {
                // a filter binds nothing
            }
            case ElementBind b -> typed(b.getVar().getName(), b.getExpr());
            case ElementData d ->
                d.getRows()
                        .forEach(row -> d.getVars().forEach(v -> {
                            Node n = row.get(v);
                            if (n != null && !kinds.containsKey(v.getName())) {
                                kinds.put(v.getName(), nodeKind(n));
                            }
                        }));
            case ElementSubQuery s -> {
                expressions(s.getQuery().getQueryPattern());
                project(s.getQuery(), true);
            }
            default -> {
                // triple patterns are typed by triples()
            }
        }
    }

    private void project(Query q, boolean isSubQuery) {
        q.getProject().forEachExpr((v, expr) -> {
            typed(v.getName(), expr);
            if (!isSubQuery && isCount(expr)) {
                required.add(v.getName());
            }
        });
    }

    private void typed(String var, Expr expr) {
        ColumnType list = listOf(expr);
        if (list != null) {
            lists.put(var, list);
            return;
        }
        Kind k = kindOf(expr);
        if (k != null) {
            kinds.put(var, k);
        }
    }

    private static boolean isCount(Expr expr) {
        return expr instanceof ExprAggregator a
                && a.getAggregator().getName().toUpperCase(Locale.ROOT).startsWith("COUNT");
    }

    /** The list a {@code GROUP_CONCAT} makes (also through {@code SAMPLE}, {@code COALESCE} or a variable), or null. */
    private ColumnType listOf(Expr expr) {
        if (expr instanceof ExprAggregator a) {
            Aggregator agg = a.getAggregator();
            String sep = agg instanceof AggGroupConcat c
                    ? c.getSeparator()
                    : agg instanceof AggGroupConcatDistinct c ? c.getSeparator() : null;
            if (sep != null) {
                Expr inner = agg.getExprList().get(0);
                Expr of = inner instanceof E_Str str ? str.getArg() : inner;
                Kind k = kindOf(of);
                return ColumnType.of(k == null ? Kind.STRING : k).asList(sep == null ? " " : sep);
            }
            return agg.getExprList() == null || agg.getExprList().isEmpty()
                    ? null
                    : listOf(agg.getExprList().get(0));
        }
        if (expr instanceof ExprVar v) {
            return lists.get(v.getVarName());
        }
        if (expr instanceof E_Coalesce c && !c.getArgs().isEmpty()) {
            return listOf(c.getArgs().get(0));
        }
        return null;
    }

    /** The kind of value {@code expr} gives, or null when nothing tells. */
    private Kind kindOf(Expr expr) {
        return switch (expr) {
            case ExprAggregator a -> aggregateKind(a.getAggregator());
            case ExprVar v -> kinds.get(v.getVarName());
            case NodeValue n -> nodeKind(n.asNode());
            case E_StrDatatype s ->
                s.getArg2() instanceof NodeValue dt && dt.isIRI()
                        ? Ranges.datatypeKind(dt.asNode().getURI())
                        : null;
            case E_Function f -> Ranges.datatypeKind(f.getFunctionIRI());
            case E_Coalesce c -> firstKnown(c.getArgs());
            case E_If c -> firstKnown(List.of(c.getArg(2), c.getArg(3)));
            case ExprFunction f -> functionKind(f);
            default -> null;
        };
    }

    private Kind functionKind(ExprFunction f) {
        String name = f.getClass().getSimpleName();
        if (BOOLEAN_FUNCTIONS.contains(name)) {
            return Kind.BOOLEAN;
        }
        if (INTEGER_FUNCTIONS.contains(name)) {
            return Kind.INTEGER;
        }
        if (NUMERIC_FUNCTIONS.contains(name)) {
            return numeric(f.getArgs());
        }
        return switch (name) {
            case "E_Divide" -> Kind.DECIMAL;
            case "E_IRI", "E_URI", "E_IRI2", "E_Datatype" -> Kind.REFERENCE;
            case "E_Now" -> Kind.DATE_TIME;
            default -> Kind.STRING;
        };
    }

    /** Integer when every typed operand is an integer; a double makes a double; otherwise a decimal. */
    private Kind numeric(List<Expr> args) {
        Kind result = null;
        for (Expr a : args) {
            Kind k = kindOf(a);
            if (k == Kind.DOUBLE || (k == Kind.DECIMAL && result != Kind.DOUBLE)) {
                result = k;
            } else if (k == Kind.INTEGER && result == null) {
                result = Kind.INTEGER;
            }
        }
        return result == null ? Kind.DECIMAL : result;
    }

    private Kind firstKnown(List<Expr> args) {
        for (Expr a : args) {
            Kind k = kindOf(a);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private Kind aggregateKind(Aggregator agg) {
        String name = agg.getName().toUpperCase(Locale.ROOT);
        if (name.startsWith("COUNT")) {
            return Kind.INTEGER;
        }
        Kind inner = agg.getExprList() == null || agg.getExprList().isEmpty()
                ? null
                : kindOf(agg.getExprList().get(0));
        if (name.startsWith("AVG")) {
            return inner == Kind.DOUBLE ? Kind.DOUBLE : Kind.DECIMAL;
        }
        return name.startsWith("GROUP_CONCAT") ? Kind.STRING : inner;
    }

    private static Kind nodeKind(Node n) {
        if (n.isURI()) {
            return Kind.REFERENCE;
        }
        return n.isLiteral() ? Ranges.datatypeKind(n.getLiteralDatatypeURI()) : Kind.STRING;
    }
}
