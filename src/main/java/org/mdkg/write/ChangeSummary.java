package org.mdkg.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.MDKG;

/**
 * Turns a delta into lines a researcher reads in the feed: new commitments, new assessments and changes of a
 * commitment's current status (from the derived graph).
 */
record ChangeSummary(List<String> lines, List<String> about) {

    static ChangeSummary of(Delta delta, DatasetGraph after) {
        return Txn.calculateRead(after, () -> {
            List<String> lines = new ArrayList<>();
            Set<String> about = new LinkedHashSet<>();
            for (Quad q : delta.added()) {
                if (isType(q, MDKG.Commitment)) {
                    lines.add("New commitment " + name(after, q.getSubject()) + ": " + label(after, q.getSubject()));
                    about.add(q.getSubject().getURI());
                } else if (isType(q, MDKG.Assessment)) {
                    Node c = first(after, q.getSubject(), MDKG.assesses);
                    lines.add("New assessment " + local(q.getSubject()) + (c == null ? "" : " of " + name(after, c))
                            + statusText(after, q.getSubject()));
                    if (c != null) {
                        about.add(c.getURI());
                    }
                }
            }
            statusChanges(delta).forEach((c, change) -> {
                lines.add("Status of " + name(after, c) + ": " + change);
                about.add(c.getURI());
            });
            return new ChangeSummary(lines, List.copyOf(about));
        });
    }

    private static Map<Node, String> statusChanges(Delta delta) {
        Map<Node, String> old = new LinkedHashMap<>();
        delta.removed().stream()
                .filter(ChangeSummary::isCurrentStatus)
                .forEach(q -> old.put(q.getSubject(), local(q.getObject())));
        Map<Node, String> changes = new LinkedHashMap<>();
        delta.added().stream()
                .filter(ChangeSummary::isCurrentStatus)
                .forEach(q -> changes.put(
                        q.getSubject(), old.getOrDefault(q.getSubject(), "none") + " → " + local(q.getObject())));
        return changes;
    }

    private static boolean isCurrentStatus(Quad q) {
        return GraphNames.DERIVED.equals(q.getGraph()) && MDKG.currentStatus.equals(q.getPredicate());
    }

    private static boolean isType(Quad q, Node type) {
        return RDF.type.asNode().equals(q.getPredicate())
                && type.equals(q.getObject())
                && q.getSubject().isURI();
    }

    private static String statusText(DatasetGraph dsg, Node assessment) {
        Node s = first(dsg, assessment, MDKG.status);
        return s == null ? "" : " (" + local(s) + ")";
    }

    private static String name(DatasetGraph dsg, Node n) {
        Node code = first(dsg, n, MDKG.code);
        return code != null && code.isLiteral() ? code.getLiteralLexicalForm() : local(n);
    }

    private static String label(DatasetGraph dsg, Node n) {
        Node l = first(dsg, n, org.apache.jena.vocabulary.RDFS.label.asNode());
        return l != null && l.isLiteral() ? l.getLiteralLexicalForm() : local(n);
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static String local(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String u = n.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }
}
