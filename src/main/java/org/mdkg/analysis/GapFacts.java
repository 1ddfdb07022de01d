package org.mdkg.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.FOAF;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.PROV;

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
        label = values(scan, RDFS.label.asNode(), candidates, QuadScan::isEnglish);
        document = values(scan, "outcomeDocument", candidates);
        makers = joined(lists(scan, MDKG.madeBy, candidates), GapFacts::iri, " ");
        Map<Node, List<Node>> byLatest = lists(scan, PROV.wasAttributedTo, latestAssessments);
        assessors = joined(perCommitment(latest, byLatest), GapFacts::iri, " ");
        Map<Node, List<Node>> sourcesOfLatest = new HashMap<>();
        latestAssessments.forEach(a -> sourcesOfLatest.put(a, scan.values(a, PROV.wasDerivedFrom)));
        sources = joined(perCommitment(latest, sourcesOfLatest), n -> url(scan, n), " ");
        evidence = values(scan, "evidenceCount", candidates);
    }

    /**
     * Each subject's values turned into names by {@code naming}, distinct, sorted and joined by {@code separator},
     * as the query's ordered {@code GROUP_CONCAT} joins them; subjects without a name are left out.
     */
    private static Map<Node, Node> joined(
            Map<Node, List<Node>> values, Function<Node, List<String>> naming, String separator) {
        Map<Node, Node> found = new HashMap<>();
        values.forEach((s, nodes) -> {
            List<String> names = nodes.stream()
                    .flatMap(n -> naming.apply(n).stream())
                    .distinct()
                    .sorted()
                    .toList();
            if (!names.isEmpty()) {
                found.put(s, NodeFactory.createLiteralString(String.join(separator, names)));
            }
        });
        return found;
    }

    /** A node's IRI; none for a blank node. */
    private static List<String> iri(Node n) {
        return n.isURI() ? List.of(n.getURI()) : List.of();
    }

    /** A source's URLs (its pages), or else its IRI. */
    private static List<String> url(QuadScan scan, Node source) {
        List<String> pages = scan.values(source, FOAF.page).stream()
                .map(p -> p.isURI() ? p.getURI() : p.isLiteral() ? p.getLiteralLexicalForm() : null)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (!pages.isEmpty()) {
            return pages;
        }
        return source.isURI() ? List.of(source.getURI()) : List.of();
    }

    /** Values of the commitments' latest assessments, as values of the commitments. */
    private static Map<Node, List<Node>> perCommitment(Map<Node, Node> latest, Map<Node, List<Node>> ofAssessment) {
        Map<Node, List<Node>> found = new HashMap<>();
        latest.forEach((c, a) -> found.put(c, ofAssessment.getOrDefault(a, List.of())));
        return found;
    }

    /** All values of {@code property} on each of {@code of}. */
    private static Map<Node, List<Node>> lists(QuadScan scan, Node property, Set<Node> of) {
        Map<Node, List<Node>> found = new HashMap<>();
        if (of.size() < LOOKUP_LIMIT) {
            of.forEach(s -> found.put(s, scan.values(s, property)));
            return found;
        }
        scan.forEach(property, null, (s, o) -> {
            if (of.contains(s)) {
                found.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(o);
            }
        });
        return found;
    }

    /** The candidates that have one of {@code objects} as a value of {@code property}. */
    static Set<Node> having(QuadScan scan, Node property, List<Node> objects) {
        return scan.subjects(property, objects);
    }

    private static Map<Node, Node> values(QuadScan scan, String property, Set<Node> of) {
        return values(scan, MDKG.term(property), of, o -> true);
    }

    private static Map<Node, Node> values(QuadScan scan, Node property, Set<Node> of, Predicate<Node> keep) {
        Map<Node, Node> found = new HashMap<>();
        if (of.size() < LOOKUP_LIMIT) {
            of.forEach(s ->
                    scan.values(s, property).stream().filter(keep).findFirst().ifPresent(o -> found.put(s, o)));
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
