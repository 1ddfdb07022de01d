package org.mdkg.analysis;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.mdkg.load.DerivationStep;

/**
 * Recomputes {@code mdkg:currentStatus} and {@code mdkg:latestAssessment} of every commitment into the
 * derived graph: the latest assessment by date wins; on the same date independent beats civil society
 * beats self-report; a last tie goes to the greater assessment IRI so the answer is deterministic.
 * The assessments themselves are never changed, so the history stays. It then runs
 * {@link CommitmentContextDerivation}, so every loader that recomputes the status also recomputes the context
 * (document, adoption date, dialogues, frameworks, months to first evidence) the analysis queries read.
 */
public final class CurrentStatusDerivation implements DerivationStep {
    static final String UPDATE = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            PREFIX kind: <https://w3id.org/mdkg/id/assessment-kind/>
            DROP SILENT GRAPH <urn:mdkg:graph:derived> ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:currentStatus ?status ; mdkg:latestAssessment ?a } }
            WHERE {
              GRAPH ?g { ?a mdkg:assesses ?c ; mdkg:assessmentDate ?d ; mdkg:status ?status . OPTIONAL { ?a mdkg:assessmentKind ?k } }
              BIND(IF(?k = kind:independent, 5, IF(?k = kind:un-review, 4, IF(?k = kind:civil-society, 3, IF(?k = kind:self-report, 2, IF(?k = kind:desk-review, 1, 0))))) AS ?r)
              FILTER NOT EXISTS {
                GRAPH ?g2 { ?b mdkg:assesses ?c ; mdkg:assessmentDate ?d2 . OPTIONAL { ?b mdkg:assessmentKind ?k2 } }
                BIND(IF(?k2 = kind:independent, 5, IF(?k2 = kind:un-review, 4, IF(?k2 = kind:civil-society, 3, IF(?k2 = kind:self-report, 2, IF(?k2 = kind:desk-review, 1, 0))))) AS ?r2)
                FILTER(?d2 > ?d || (?d2 = ?d && (?r2 > ?r || (?r2 = ?r && STR(?b) > STR(?a)))))
              }
            }
            """;

    @Override
    public void apply(DatasetGraph dataset) {
        UpdateExec.dataset(dataset).update(UPDATE).execute();
        new CommitmentContextDerivation().apply(dataset);
    }
}
