package org.mdkg.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.MDKG;

/**
 * What {@code unimplemented-commitments} reads about the gap candidates, each property read with one scan of
 * the store (by property) instead of one lookup per commitment: the flags, dates and names the derivations
 * precomputed, the commitment's code, English label and document, and its latest assessment's status, date and
 * kind. Where a commitment has several values of a property, the first one read is kept, as SPARQL's
 * {@code SAMPLE} keeps one.
 */
final class GapFacts {
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    final Set<NodeId> candidates = new HashSet<>();
    final Set<NodeId> superseded = new HashSet<>();
    final Map<NodeId, NodeId> adopted;
    final Map<NodeId, NodeId> due;
    final Map<NodeId, NodeId> firstComplete;
    final Map<NodeId, NodeId> latest;
    final Map<NodeId, NodeId> status;
    final Map<NodeId, NodeId> assessedOn;
    final Map<NodeId, NodeId> kind;
    final Map<NodeId, NodeId> code;
    final Map<NodeId, NodeId> label;
    final Map<NodeId, NodeId> document;
    final Map<NodeId, NodeId> makers;
    final Map<NodeId, NodeId> assessors;
    final Map<NodeId, NodeId> sources;
    final Map<NodeId, NodeId> evidence;

    /** Reads the facts of every commitment marked {@code mdkg:gapCandidate true}. */
    GapFacts(QuadScan scan) {
        NodeId yes = scan.id(TRUE);
        if (yes != null) {
            scan.forEach(MDKG.term("gapCandidate"), yes, (s, o) -> candidates.add(s));
            scan.forEach(MDKG.term("supersededOrWithdrawn"), yes, (s, o) -> superseded.add(s));
        }
        adopted = values(scan, "adoptionDate", candidates);
        due = values(scan, "dueDate", candidates);
        firstComplete = values(scan, "firstCompleteDate", candidates);
        latest = values(scan, "latestAssessment", candidates);
        Set<NodeId> latestAssessments = new HashSet<>(latest.values());
        status = values(scan, "status", latestAssessments);
        assessedOn = values(scan, "assessmentDate", latestAssessments);
        kind = values(scan, "assessmentKind", latestAssessments);
        code = values(scan, "code", candidates);
        label = values(scan, RDFS.label.asNode(), candidates, o -> english(scan.node(o)));
        document = values(scan, "outcomeDocument", candidates);
        makers = values(scan, "makerNames", candidates);
        assessors = values(scan, "assessorNames", candidates);
        sources = values(scan, "sourceUrls", candidates);
        evidence = values(scan, "evidenceCount", candidates);
    }

    /** The candidates that have one of {@code objects} as a value of {@code property}. */
    static Set<NodeId> having(QuadScan scan, Node property, List<Node> objects) {
        return scan.subjects(property, objects.stream().map(scan::id).filter(id -> id != null).toList());
    }

    private static boolean english(Node label) {
        return label.isLiteral() && NodeFunctions.langMatches(label.getLiteralLanguage(), "en");
    }

    private static Map<NodeId, NodeId> values(QuadScan scan, String property, Set<NodeId> of) {
        return values(scan, MDKG.term(property), of, o -> true);
    }

    private static Map<NodeId, NodeId> values(QuadScan scan, Node property, Set<NodeId> of, Predicate<NodeId> keep) {
        Map<NodeId, NodeId> found = new HashMap<>();
        scan.forEach(property, null, (s, o) -> {
            if (of.contains(s) && !found.containsKey(s) && keep.test(o)) {
                found.put(s, o);
            }
        });
        return found;
    }
}
