package org.mdkg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Table;
import org.apache.jena.sparql.algebra.TableFactory;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.mdkg.store.UnionDefaultDataset;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.Prefixes;

/**
 * The helpers of incremental derivation: the anchors of a change, the keys a step must recompute, its queries
 * restricted to those keys ({@code #FOCUS(?v)} markers become {@code VALUES ?v { … }}, or nothing in a full run) and
 * the derived quads about given nodes.
 */
final class Focus {
    private static final Pattern MARKER = Pattern.compile("#FOCUS\\(\\?(\\w+)\\)");
    /** The queries and updates, parsed once (see {@link #update}). */
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private static final Map<String, UpdateRequest> UPDATES = new ConcurrentHashMap<>();
    /** The IRI a template's {@code VALUES} holds until {@link Fill} puts the keys in its place. */
    private static final String PLACEHOLDER = "urn:mdkg:focus:";

    private Focus() {}

    /** The objects of the quads whose predicate {@code d} reads backwards. */
    static Set<Node> objectAnchors(Collection<Quad> changes, Dependencies d) {
        Set<Node> anchors = new LinkedHashSet<>();
        for (Quad q : changes) {
            if (d.backwards().contains(q.getPredicate()) && !q.getObject().isLiteral()) {
                anchors.add(q.getObject());
            }
        }
        return anchors;
    }

    /** The keys {@code ?k} that {@code d} relates to the anchors of {@code changes}. */
    static Set<Node> keys(DatasetGraph dataset, Collection<Quad> changes, Dependencies d) {
        Set<Node> keys = new LinkedHashSet<>();
        Map<String, Set<Node>> related = new LinkedHashMap<>(); // subject anchors, by the pattern that finds their keys
        for (Quad q : changes) {
            Node p = q.getPredicate();
            if (d.reads().contains(p)) {
                related.computeIfAbsent(d.keysOf(p), k -> new LinkedHashSet<>()).add(q.getSubject());
            }
        }
        related.forEach((pattern, anchors) -> keys(dataset, new ArrayList<>(anchors), pattern, keys));
        keys(dataset, new ArrayList<>(objectAnchors(changes, d)), d.backwardKeys(), keys);
        return keys;
    }

    /**
     * The anchors themselves, and the nodes {@code pattern} relates to them: one query per anchor, with {@code ?n}
     * bound before evaluation (a {@code VALUES} join could evaluate a path from the unbound end, over the whole store).
     */
    private static void keys(DatasetGraph dataset, List<Node> anchors, String pattern, Set<Node> keys) {
        anchors.stream().filter(n -> !n.isLiteral()).forEach(keys::add);
        if (pattern.isBlank()) {
            return;
        }
        Query query = QUERIES.computeIfAbsent(
                "keys\n" + pattern,
                k -> QueryFactory.create(Prefixes.sparql() + "SELECT DISTINCT ?k WHERE { " + pattern + " }"));
        for (Node anchor : anchors) {
            if (anchor.isLiteral()) {
                continue;
            }
            QueryExec.dataset(dataset)
                    .query(query)
                    .substitution("n", anchor)
                    .select()
                    .forEachRemaining(b -> {
                        Node k = b.get("k");
                        if (k != null && !k.isLiteral()) {
                            keys.add(k);
                        }
                    });
        }
    }

    /**
     * Runs {@code text}, an update, for the keys of its {@code #FOCUS} markers ({@code values}), or for everything
     * when {@code values} is null. An update of plain {@code INSERT … WHERE} operations, the form of every rule, is
     * compiled and optimised once; a run puts the keys into the compiled form and evaluates it: for the few keys of a
     * write, compiling and optimising each time cost more than the evaluation. The compiled form reads the default
     * graph as it is, so it runs only over a dataset whose default graph is the union of the named graphs
     * ({@link UnionDefaultDataset}, as {@link Overlay} is); TDB2 gets the same union only when it compiles the query.
     */
    static void execute(DatasetGraph dataset, String text, Map<String, ? extends Collection<Node>> values) {
        Compiled compiled = values == null || !(dataset instanceof UnionDefaultDataset) ? null : compiled(text, values);
        if (compiled == null) {
            UpdateExec.dataset(dataset).update(update(text, values)).execute();
            return;
        }
        for (int i = 0; i < compiled.wheres().size(); i++) {
            List<Binding> rows = rows(dataset, compiled.wheres().get(i), values); // every row before any insert
            for (Binding row : rows) {
                for (Quad template : compiled.inserts().get(i)) {
                    Quad q = Substitute.substitute(template, row);
                    if (isInsertable(q)) {
                        dataset.add(q);
                    }
                }
            }
        }
    }

    /** {@link #execute} with one variable. */
    static void execute(DatasetGraph dataset, String text, String var, Collection<Node> keys) {
        execute(dataset, text, keys == null ? null : Map.of(var, keys));
    }

    /** The rows of {@code text}, a query, for the keys, or for everything when {@code values} is null (see {@link #execute}). */
    static void select(
            DatasetGraph dataset, String text, Map<String, ? extends Collection<Node>> values, Consumer<Binding> row) {
        if (values == null || !(dataset instanceof UnionDefaultDataset)) {
            QueryExec.dataset(dataset).query(query(text, values)).select().forEachRemaining(row);
        } else {
            rows(dataset, compiledQuery(text, values), values).forEach(row);
        }
    }

    /** {@link #select} with one variable. */
    static void select(DatasetGraph dataset, String text, String var, Collection<Node> keys, Consumer<Binding> row) {
        select(dataset, text, keys == null ? null : Map.of(var, keys), row);
    }

    /** The optimised algebra of each operation of an update and the quads it inserts; the algebra of a query. */
    private record Compiled(List<Op> wheres, List<List<Quad>> inserts) {}

    private static final Map<String, Optional<Compiled>> COMPILED = new ConcurrentHashMap<>();

    /** {@code text} compiled, if it is plain {@code INSERT … WHERE} operations with no blank node to insert. */
    private static Compiled compiled(String text, Map<String, ?> values) {
        return COMPILED.computeIfAbsent("update\n" + templateKey(text, values), k -> {
                    List<Op> wheres = new ArrayList<>();
                    List<List<Quad>> inserts = new ArrayList<>();
                    for (Update u : updateTemplate(text, values).getOperations()) {
                        if (!(u instanceof UpdateModify m)
                                || m.hasDeleteClause()
                                || m.getWithIRI() != null
                                || !m.getUsing().isEmpty()
                                || !m.getUsingNamed().isEmpty()
                                || m.getInsertQuads().stream().anyMatch(Focus::hasBlankNode)) {
                            return Optional.empty();
                        }
                        wheres.add(compile(Algebra.compile(m.getWherePattern()), text, values));
                        inserts.add(List.copyOf(m.getInsertQuads()));
                    }
                    return Optional.of(new Compiled(List.copyOf(wheres), List.copyOf(inserts)));
                })
                .orElse(null);
    }

    private static Op compiledQuery(String text, Map<String, ?> values) {
        return COMPILED.computeIfAbsent(
                        "query\n" + templateKey(text, values),
                        k -> Optional.of(new Compiled(
                                List.of(compile(Algebra.compile(queryTemplate(text, values)), text, values)),
                                List.of())))
                .orElseThrow()
                .wheres()
                .get(0);
    }

    /** The optimised form of {@code op}, checked that {@link FillTable} reaches every placeholder in it. */
    private static Op compile(Op op, String text, Map<String, ?> values) {
        Op optimised = Algebra.optimize(op);
        check(Transformer.transform(new FillTable(none(values)), optimised), text);
        return optimised;
    }

    /** Every solution of {@code op} with the keys in place of its placeholders. */
    private static List<Binding> rows(DatasetGraph dataset, Op op, Map<String, ? extends Collection<Node>> values) {
        List<Binding> rows = new ArrayList<>();
        QueryIterator it = Algebra.exec(Transformer.transform(new FillTable(values), op), dataset);
        try {
            it.forEachRemaining(rows::add);
        } finally {
            it.close();
        }
        return rows;
    }

    private static boolean hasBlankNode(Quad q) {
        return q.getGraph().isBlank()
                || q.getSubject().isBlank()
                || q.getPredicate().isBlank()
                || q.getObject().isBlank();
    }

    /** What SPARQL inserts of a template quad instantiated by a row: nothing left unbound, an IRI as predicate. */
    private static boolean isInsertable(Quad q) {
        return q.getGraph().isURI()
                && q.isConcrete()
                && !q.getSubject().isLiteral()
                && q.getPredicate().isURI();
    }

    /** Puts the keys in place of each placeholder table of compiled algebra, as {@link Fill} does in syntax. */
    private static final class FillTable extends TransformCopy {
        private final Map<String, ? extends Collection<Node>> values;

        FillTable(Map<String, ? extends Collection<Node>> values) {
            this.values = values;
        }

        @Override
        public Op transform(OpTable opTable) {
            Table table = opTable.getTable();
            Var var = table.size() == 1
                    ? placeholder(table.getVars(), table.rows().next())
                    : null;
            if (var == null) {
                return opTable;
            }
            Table filled = TableFactory.create(List.of(var));
            for (Node n : values.get(var.getVarName())) {
                filled.addBinding(BindingFactory.binding(var, n));
            }
            return OpTable.create(filled);
        }
    }

    /**
     * {@code text}, an update, with each {@code #FOCUS(?v)} a {@code VALUES ?v} of {@code values.get(v)}, or removed
     * when {@code values} has no entry for it (or is null). The text is parsed once, the keys put into its syntax:
     * the text of a {@code VALUES} of many keys repeated at each marker costs more to parse than the update to run.
     */
    private static UpdateRequest update(String text, Map<String, ? extends Collection<Node>> values) {
        UpdateRequest template = updateTemplate(text, values);
        return values == null
                ? template
                : UpdateTransformOps.transform(template, new Fill(values), new ExprTransformCopy(false));
    }

    /** {@code text} parsed with a placeholder {@code VALUES} at each marker that {@code values} names. */
    private static UpdateRequest updateTemplate(String text, Map<String, ?> values) {
        return UPDATES.computeIfAbsent(templateKey(text, values), k -> {
            UpdateRequest u = UpdateFactory.create(placeholders(text, values));
            if (values != null) {
                check(UpdateTransformOps.transform(u, new Fill(none(values)), new ExprTransformCopy(false)), text);
            }
            return u;
        });
    }

    /** {@link #update} for a query. */
    private static Query query(String text, Map<String, ? extends Collection<Node>> values) {
        Query template = queryTemplate(text, values);
        if (values == null) {
            return template;
        }
        Query q = QueryTransformOps.transform(template, new Fill(values), new ExprTransformCopy(false));
        q.ensureResultVars();
        return q;
    }

    /** {@link #updateTemplate} for a query. */
    private static Query queryTemplate(String text, Map<String, ?> values) {
        return QUERIES.computeIfAbsent(templateKey(text, values), k -> {
            Query q = QueryFactory.create(placeholders(text, values));
            q.ensureResultVars(); // set once here: a shared query is never changed when it runs
            if (values != null) {
                check(QueryTransformOps.transform(q, new Fill(none(values)), new ExprTransformCopy(false)), text);
            }
            return q;
        });
    }

    /** What a template is cached under: its text and the variables it is restricted on. */
    private static String templateKey(String text, Map<String, ?> values) {
        return (values == null ? "" : String.join(",", new TreeSet<>(values.keySet()))) + "\n" + text;
    }

    /** {@code text} with each focused marker a one-row {@code VALUES} of its placeholder, the others removed. */
    private static String placeholders(String text, Map<String, ?> values) {
        Matcher m = MARKER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String replacement = values == null || !values.containsKey(var)
                    ? ""
                    : "VALUES ?" + var + " { <" + PLACEHOLDER + var + "> }";
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Fails when {@code filled}, a template after {@link Fill} with no keys, still names a placeholder: a marker
     * somewhere {@link Fill} does not reach would leave a query that matches nothing.
     */
    private static void check(Object filled, String text) {
        if (filled.toString().contains(PLACEHOLDER)) {
            throw new IllegalStateException("a #FOCUS marker the keys cannot reach: " + text);
        }
    }

    /** The variable of a one-variable table whose one row holds that variable's placeholder, or null. */
    private static Var placeholder(List<Var> vars, Binding row) {
        if (vars.size() != 1) {
            return null;
        }
        Var var = vars.get(0);
        Node value = row.get(var);
        return value != null && value.isURI() && value.getURI().equals(PLACEHOLDER + var.getVarName()) ? var : null;
    }

    /** Each variable of {@code values} with no keys. */
    private static Map<String, List<Node>> none(Map<String, ?> values) {
        Map<String, List<Node>> none = new HashMap<>();
        values.keySet().forEach(v -> none.put(v, List.of()));
        return none;
    }

    /** Puts the keys in place of each placeholder {@code VALUES}. */
    private static final class Fill extends ElementTransformCopyBase {
        private final Map<String, ? extends Collection<Node>> values;

        Fill(Map<String, ? extends Collection<Node>> values) {
            this.values = values;
        }

        @Override
        public Element transform(ElementData data) {
            Var var = data.getRows().size() == 1
                    ? placeholder(data.getVars(), data.getRows().get(0))
                    : null;
            if (var == null) {
                return data;
            }
            ElementData filled = new ElementData();
            filled.add(var);
            for (Node n : values.get(var.getVarName())) {
                filled.add(BindingFactory.binding(var, n));
            }
            return filled;
        }
    }

    /** The derived quads whose subject is one of {@code subjects} and, when given, whose predicate is in it. */
    static Set<Quad> about(DatasetGraph dataset, Collection<Node> subjects, Set<Node> predicates) {
        Set<Quad> quads = new LinkedHashSet<>();
        for (Node s : subjects) {
            if (predicates == null) {
                dataset.find(GraphNames.DERIVED, s, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            } else { // one look-up per subject, not one per predicate
                dataset.find(GraphNames.DERIVED, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (predicates.contains(q.getPredicate())) {
                        quads.add(q);
                    }
                });
            }
        }
        return quads;
    }

    /** The derived subjects {@code ?x} with {@code ?x predicate key} for some key. */
    static Set<Node> derivedSubjects(DatasetGraph dataset, Collection<Node> keys, Node predicate) {
        Set<Node> subjects = new HashSet<>();
        for (Node k : keys) {
            dataset.find(GraphNames.DERIVED, Node.ANY, predicate, k)
                    .forEachRemaining(q -> subjects.add(q.getSubject()));
        }
        return subjects;
    }
}
