package org.mdkg.derive;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
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
 * {@code mdkg:adoptionDate} of {@link CommitmentContext}.
 */
final class GapContext implements Derivation {
    static final String PREFIXES = Prefixes.sparql();

    static final String FLAGS = PREFIXES + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:supersededOrWithdrawn true } } WHERE {
              { ?newer mdkg:supersedes ?c } UNION { ?c mdkg:lifecycle ?lc FILTER(?lc IN (lifecycle:superseded, lifecycle:withdrawn)) } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:gapCandidate true } } WHERE {
              ?c a mdkg:Commitment .
              FILTER(EXISTS { ?c mdkg:latestAssessment ?l . ?l mdkg:status ?s FILTER(?s IN (status:no-evidence, status:not-started)) }
                     || (NOT EXISTS { ?c mdkg:latestAssessment ?l2 } && EXISTS { ?c mdkg:adoptionDate ?adopted })
                     || EXISTS { ?c mdkg:dueDate ?due }) } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:firstCompleteDate ?first } } WHERE {
              SELECT ?c (MIN(?d) AS ?first) { ?a mdkg:assesses ?c ; mdkg:status status:complete ; mdkg:assessmentDate ?d
                                             FILTER(DATATYPE(?d) = xsd:date) } GROUP BY ?c }
            """;

    /** The number of distinct evidence items on each commitment or on its assessments. */
    static final String EVIDENCE_COUNT = """
            SELECT ?c (COUNT(DISTINCT ?evidence) AS ?v) WHERE {
              ?c a mdkg:Commitment .
              OPTIONAL { ?c mdkg:evidence|^mdkg:assesses/mdkg:evidence ?evidence }
            } GROUP BY ?c""";

    @Override
    public String name() {
        return "gap context";
    }

    @Override
    public void apply(DatasetGraph dataset) {
        UpdateExec.dataset(dataset).update(FLAGS).execute();
        List<Quad> quads = new ArrayList<>();
        QueryExec.dataset(dataset).query(PREFIXES + EVIDENCE_COUNT).select().forEachRemaining(b -> {
            if (b.get("c") != null && b.get("v") != null) {
                quads.add(new Quad(GraphNames.DERIVED, b.get("c"), MDKG.evidenceCount, b.get("v")));
            }
        });
        quads.forEach(dataset::add);
    }
}
