package org.mdkg.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.Prefixes;

/**
 * Per commitment, the parts of a row of {@code unimplemented-commitments} that do not depend on the reference date
 * and would otherwise multiply OPTIONAL chains per row: {@code mdkg:evidenceCount}; {@code mdkg:firstCompleteDate}
 * (the earliest date of an assessment finding "complete"), which replaces a NOT EXISTS over all assessments per
 * row; {@code mdkg:supersededOrWithdrawn true}; and {@code mdkg:gapCandidate true} on every commitment that can be
 * a gap on some date (latest status no evidence or not started, never assessed but with an adoption date, or with
 * a due date), which the query starts from. Needs {@code mdkg:latestAssessment} of {@link CurrentStatus} and
 * {@code mdkg:adoptionDate} of {@link CommitmentContext}. A write recomputes the commitments whose assessments,
 * lifecycle or dates it changed.
 */
final class GapContext extends Step {
    static final String PREFIXES = Prefixes.sparql();

    static final String FLAGS = PREFIXES + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:supersededOrWithdrawn true } } WHERE {
              { #FOCUS(?c) ?newer mdkg:supersedes ?c } UNION { #FOCUS(?c) ?c mdkg:lifecycle ?lc FILTER(?lc IN (lifecycle:superseded, lifecycle:withdrawn)) } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:gapCandidate true } } WHERE {
              #FOCUS(?c)
              ?c a mdkg:Commitment .
              FILTER(EXISTS { ?c mdkg:latestAssessment ?l . ?l mdkg:status ?s FILTER(?s IN (status:no-evidence, status:not-started)) }
                     || (NOT EXISTS { ?c mdkg:latestAssessment ?l2 } && EXISTS { ?c mdkg:adoptionDate ?adopted })
                     || EXISTS { ?c mdkg:dueDate ?due }) } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:firstCompleteDate ?first } } WHERE {
              SELECT ?c (MIN(?d) AS ?first) { #FOCUS(?c) ?a mdkg:assesses ?c ; mdkg:status status:complete ; mdkg:assessmentDate ?d
                                             FILTER(DATATYPE(?d) = xsd:date) } GROUP BY ?c }
            """;

    /** The number of distinct evidence items on each commitment or on its assessments. */
    static final String EVIDENCE_COUNT = """
            SELECT ?c (COUNT(DISTINCT ?evidence) AS ?v) WHERE {
              #FOCUS(?c)
              ?c a mdkg:Commitment .
              OPTIONAL { ?c mdkg:evidence|^mdkg:assesses/mdkg:evidence ?evidence }
            } GROUP BY ?c""";

    private static final Set<Node> OUTPUT =
            Set.of(MDKG.term("supersededOrWithdrawn"), MDKG.gapCandidate, MDKG.firstCompleteDate, MDKG.evidenceCount);

    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(
                    RDF.type.asNode(),
                    MDKG.term("supersedes"),
                    MDKG.lifecycle,
                    MDKG.latestAssessment,
                    MDKG.status,
                    MDKG.adoptionDate,
                    MDKG.dueDate,
                    MDKG.assesses,
                    MDKG.assessmentDate,
                    MDKG.evidence),
            Set.of(MDKG.term("supersedes"), MDKG.assesses),
            "?k mdkg:latestAssessment|^mdkg:assesses ?n",
            "");

    GapContext() {
        super("gap context", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        return Focus.about(dataset, keys, OUTPUT);
    }

    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        Focus.execute(dataset, FLAGS, "c", keys);
        List<Quad> quads = new ArrayList<>();
        Focus.select(dataset, PREFIXES + EVIDENCE_COUNT, "c", keys, b -> {
            if (b.get("c") != null && b.get("v") != null) {
                quads.add(new Quad(GraphNames.DERIVED, b.get("c"), MDKG.evidenceCount, b.get("v")));
            }
        });
        quads.forEach(dataset::add);
    }
}
