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

    /** Below this many commitments their values are looked up one by one instead of scanning each property. */
    static final int LOOKUP_LIMIT = 2_000;

    final Map<Node, Node> adopted;
    final Map<Node, Node> due;
    final Map<Node, Node> firstComplete;
    final Map<Node, Node> latest;
    final Map<Node, Node> status;
    final Map<Node, Node> assessedOn;
    final Map<Node, Node> kind;
    final Map<Node, Node> code;
    final Map<Node, Node> label;
    final Map<Node, Node> document;
    final Map<Node, Node> makers;
    final Map<Node, Node> assessors;
    final Map<Node, Node> sources;
    final Map<Node, Node> evidence;

    /** The commitments marked {@code mdkg:gapCandidate true}. */
    static Set<Node> candidates(QuadScan scan) {
        Set<Node> found = new HashSet<>();
        scan.forEach(MDKG.gapCandidate, TRUE, (s, o) -> found.add(s));
        return found;
    }

    /** The commitments marked {@code mdkg:supersededOrWithdrawn true}. */
    static Set<Node> superseded(QuadScan scan) {
        Set<Node> found = new HashSet<>();
        scan.forEach(MDKG.supersededOrWithdrawn, TRUE, (s, o) -> found.add(s));
        return found;
    }

    /** Reads the facts of {@code candidates}. */
    GapFacts(QuadScan scan, Set<Node> candidates) {
        adopted = values(scan, "adoptionDate", candidates);
        due = values(scan, "dueDate", candidates);
        firstComplete = values(scan, "firstCompleteDate", candidates);
        latest = values(scan, "latestAssessment", candidates);
        Set<Node> latestAssessments = new HashSet<>(latest.values());
        status = values(scan, "status", latestAssessments);
        assessedOn = values(scan, "assessmentDate", latestAssessments);
        kind = values(scan, "assessmentKind", latestAssessments);
        code = values(scan, "code", candidates);
        label = values(scan, RDFS.label.asNode(), candidates, GapFacts::english);
        document = values(scan, "outcomeDocument", candidates);
        makers = values(scan, "makerNames", candidates);
        assessors = values(scan, "assessorNames", candidates);
        sources = values(scan, "sourceUrls", candidates);
        evidence = values(scan, "evidenceCount", candidates);
    }

    /** The candidates that have one of {@code objects} as a value of {@code property}. */
    static Set<Node> having(QuadScan scan, Node property, List<Node> objects) {
        return scan.subjects(property, objects);
    }

    private static boolean english(Node label) {
        return label.isLiteral() && NodeFunctions.langMatches(label.getLiteralLanguage(), "en");
    }

    private static Map<Node, Node> values(QuadScan scan, String property, Set<Node> of) {
        return values(scan, MDKG.term(property), of, o -> true);
    }

    private static Map<Node, Node> values(QuadScan scan, Node property, Set<Node> of, Predicate<Node> keep) {
        Map<Node, Node> found = new HashMap<>();
        if (of.size() < LOOKUP_LIMIT) {
            of.forEach(s -> scan.values(s, property).stream().filter(keep).findFirst().ifPresent(o -> found.put(s, o)));
            return found;
        }
        scan.forEach(property, null, (s, o) -> {
            if (of.contains(s) && !found.containsKey(s) && keep.test(o)) {
                found.put(s, o);
            }
        });
        return found;
    }
}
