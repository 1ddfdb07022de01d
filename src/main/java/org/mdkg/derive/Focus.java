package org.mdkg.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.Prefixes;

/**
 * The helpers of incremental derivation: the anchors of a change, the keys a step must recompute, its queries
 * restricted to those keys ({@code #FOCUS(?v)} markers become {@code VALUES ?v { … }}, or nothing in a full run) and
 * the derived quads about given nodes.
 */
final class Focus {
    private static final Pattern MARKER = Pattern.compile("#FOCUS\\(\\?(\\w+)\\)");
    /** The key queries, parsed once. */
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private Focus() {}

    /** The subjects of the quads whose predicate {@code d} reads. */
    static Set<Node> subjectAnchors(Collection<Quad> changes, Dependencies d) {
        Set<Node> anchors = new LinkedHashSet<>();
        for (Quad q : changes) {
            if (d.reads().contains(q.getPredicate())) {
                anchors.add(q.getSubject());
            }
        }
        return anchors;
    }

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
        keys(dataset, new ArrayList<>(subjectAnchors(changes, d)), d.keys(), keys);
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
                pattern, p -> QueryFactory.create(Prefixes.sparql() + "SELECT DISTINCT ?k WHERE { " + p + " }"));
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

    /** {@code text} with each {@code #FOCUS(?v)} replaced by {@code VALUES ?v { … }}, or removed when unrestricted. */
    static String restrict(String text, Map<String, ? extends Collection<Node>> values) {
        Matcher m = MARKER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Collection<Node> nodes = values == null ? null : values.get(m.group(1));
            String replacement =
                    nodes == null ? "" : "VALUES ?" + m.group(1) + " { " + terms(new ArrayList<>(nodes)) + " }";
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** {@link #restrict} with one variable. */
    static String restrict(String text, String var, Collection<Node> keys) {
        return restrict(text, keys == null ? null : Map.of(var, keys));
    }

    /** The derived quads whose subject is one of {@code subjects} and, when given, whose predicate is in it. */
    static Set<Quad> about(DatasetGraph dataset, Collection<Node> subjects, Set<Node> predicates) {
        Set<Quad> quads = new LinkedHashSet<>();
        for (Node s : subjects) {
            if (predicates == null) {
                dataset.find(GraphNames.DERIVED, s, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            } else {
                for (Node p : predicates) {
                    dataset.find(GraphNames.DERIVED, s, p, Node.ANY).forEachRemaining(quads::add);
                }
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

    /** SPARQL terms; blank nodes as {@code <_:label>} so that a query names the stored node. */
    static String terms(List<Node> nodes) {
        StringBuilder b = new StringBuilder();
        for (Node n : nodes) {
            b.append(n.isBlank() ? "<_:" + n.getBlankNodeLabel() + ">" : NodeFmtLib.strNT(n))
                    .append(' ');
        }
        return b.toString();
    }
}
