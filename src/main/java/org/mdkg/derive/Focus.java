package org.mdkg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
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
        Set<Node> related = new LinkedHashSet<>(); // subject anchors, whose keys the pattern finds
        for (Quad q : changes) {
            Node p = q.getPredicate();
            if (d.ownOnly().contains(p)) {
                keys.add(q.getSubject()); // read on the key itself only: no other key to look for
            } else if (d.reads().contains(p)) {
                related.add(q.getSubject());
            }
        }
        keys(dataset, new ArrayList<>(related), d.keys(), keys);
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
     * {@code text}, an update, with each {@code #FOCUS(?v)} a {@code VALUES ?v} of {@code values.get(v)}, or removed
     * when {@code values} has no entry for it (or is null). The text is parsed once, the keys put into its syntax:
     * the text of a {@code VALUES} of many keys repeated at each marker costs more to parse than the update to run.
     */
    static UpdateRequest update(String text, Map<String, ? extends Collection<Node>> values) {
        UpdateRequest template = UPDATES.computeIfAbsent(templateKey(text, values), k -> {
            UpdateRequest u = UpdateFactory.create(placeholders(text, values));
            if (values != null) {
                check(UpdateTransformOps.transform(u, new Fill(none(values)), new ExprTransformCopy(false)), text);
            }
            return u;
        });
        return values == null
                ? template
                : UpdateTransformOps.transform(template, new Fill(values), new ExprTransformCopy(false));
    }

    /** {@link #update} with one variable. */
    static UpdateRequest update(String text, String var, Collection<Node> keys) {
        return update(text, keys == null ? null : Map.of(var, keys));
    }

    /** {@link #update} for a query. */
    static Query query(String text, Map<String, ? extends Collection<Node>> values) {
        Query template = QUERIES.computeIfAbsent(templateKey(text, values), k -> {
            Query q = QueryFactory.create(placeholders(text, values));
            q.ensureResultVars(); // set once here: a shared query is never changed when it runs
            if (values != null) {
                check(QueryTransformOps.transform(q, new Fill(none(values)), new ExprTransformCopy(false)), text);
            }
            return q;
        });
        if (values == null) {
            return template;
        }
        Query q = QueryTransformOps.transform(template, new Fill(values), new ExprTransformCopy(false));
        q.ensureResultVars();
        return q;
    }

    /** {@link #query} with one variable. */
    static Query query(String text, String var, Collection<Node> keys) {
        return query(text, keys == null ? null : Map.of(var, keys));
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
            if (data.getVars().size() != 1 || data.getRows().size() != 1) {
                return data;
            }
            Var var = data.getVars().get(0);
            Node placeholder = data.getRows().get(0).get(var);
            if (placeholder == null
                    || !placeholder.isURI()
                    || !placeholder.getURI().equals(PLACEHOLDER + var.getVarName())) {
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
