package org.mdkg.derive;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.mdkg.vocab.MDKG;

/**
 * {@code mdkg:currentStatus} and {@code mdkg:latestAssessment} of every commitment: the latest assessment by date
 * wins; on the same date the assessment kind's precedence decides (independent evaluation or audit, then UN
 * review, civil society, self-report, and a curator's desk review last); a last tie goes to the greater assessment
 * IRI so the answer is deterministic. The assessments themselves are never changed, so the history stays. A write
 * recomputes the commitments whose assessments it touched.
 */
final class CurrentStatus extends Step {
    static final String UPDATE = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            PREFIX kind: <https://w3id.org/mdkg/id/assessment-kind/>
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:currentStatus ?status ; mdkg:latestAssessment ?a } }
            WHERE {
              #FOCUS(?c)
              GRAPH ?g { ?a mdkg:assesses ?c ; mdkg:assessmentDate ?d ; mdkg:status ?status . OPTIONAL { ?a mdkg:assessmentKind ?k } }
              BIND(IF(?k = kind:independent, 5, IF(?k = kind:un-review, 4, IF(?k = kind:civil-society, 3,
                   IF(?k = kind:self-report, 2, IF(?k = kind:desk-review, 1, 0))))) AS ?r)
              FILTER NOT EXISTS {
                GRAPH ?g2 { ?b mdkg:assesses ?c ; mdkg:assessmentDate ?d2 . OPTIONAL { ?b mdkg:assessmentKind ?k2 } }
                BIND(IF(?k2 = kind:independent, 5, IF(?k2 = kind:un-review, 4, IF(?k2 = kind:civil-society, 3,
                     IF(?k2 = kind:self-report, 2, IF(?k2 = kind:desk-review, 1, 0))))) AS ?r2)
                FILTER(?d2 > ?d || (?d2 = ?d && (?r2 > ?r || (?r2 = ?r && STR(?b) > STR(?a)))))
              }
            }
            """;

    private static final Set<Node> OUTPUT = Set.of(MDKG.currentStatus, MDKG.latestAssessment);
    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(MDKG.assesses, MDKG.assessmentDate, MDKG.status, MDKG.assessmentKind),
            Set.of(MDKG.assesses),
            "?n mdkg:assesses ?k");

    CurrentStatus() {
        super("current status", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        return Focus.about(dataset, keys, OUTPUT);
    }

    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        Focus.execute(dataset, UPDATE, "c", keys);
    }
}
