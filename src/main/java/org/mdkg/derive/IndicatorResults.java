package org.mdkg.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.MDKG;

/**
 * The rows of {@code partnership-assessment}: for every programme, partnership, project or fund and each of the 14
 * indicators, one {@code mdkg:IndicatorResult} with {@code mdkg:resultFor} (the programme),
 * {@code mdkg:resultIndicator}, {@code mdkg:holds} and a {@code mdkg:resultFact} link to each fact of
 * {@link IndicatorFacts} behind it. Grouping the facts of 3,000 programmes × 14 indicators per request took seconds
 * on a graph of 10^6 triples; the query reads one node per row. Needs {@link IndicatorFacts}, which runs first. A
 * write recomputes the programmes whose type or facts it changed.
 */
final class IndicatorResults extends Step {
    /** The former query, evaluated once per load. */
    static final String ROWS = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX crit: <https://w3id.org/mdkg/id/criterion/>
            PREFIX theme: <https://w3id.org/mdkg/id/theme/>
            PREFIX actor: <https://w3id.org/mdkg/id/actor-type/>
            PREFIX role: <https://w3id.org/mdkg/id/membership-role/>
            PREFIX route: <https://w3id.org/mdkg/id/route-role/>

            SELECT ?programme ?criterion ?indicator ?polarity (COUNT(DISTINCT ?factNode) > 0 AS ?holds)
            WHERE {
              #FOCUS(?programme)
              ?programme a ?programmeClass .
              VALUES ?programmeClass { mdkg:Programme mdkg:Partnership mdkg:TalentPartnership mdkg:GlobalSkillPartnership
                                       mdkg:LabourMobilityScheme mdkg:Project mdkg:Fund }
              VALUES (?criterion ?indicator ?polarity) {
                (crit:dialogue-based "origin-and-destination-partners" "positive")
                (crit:dialogue-based "partner-government-involved" "positive")
                (crit:dialogue-based "co-chaired-dialogue" "positive")
                (crit:dialogue-based "joint-documents" "positive")
                (crit:inclusive "involves-civil-society-organisation" "positive")
                (crit:inclusive "involves-diaspora-organisation" "positive")
                (crit:inclusive "involves-employers-organisation" "positive")
                (crit:inclusive "involves-trade-union" "positive")
                (crit:inclusive "involves-subnational-authority" "positive")
                (crit:inclusive "involves-migrants-organisation" "positive")
                (crit:ethical "capacity-building" "positive")
                (crit:ethical "human-rights-reference" "positive")
                (crit:ethical "legal-pathways" "positive")
                (crit:ethical "return-without-legal-pathway" "warning")
              }
              OPTIONAL { ?factNode mdkg:factAbout ?programme ; mdkg:indicator ?indicator }
            }
            GROUP BY ?programme ?criterion ?indicator ?polarity
            ORDER BY ?programme ?criterion ?indicator
            """;

    /** Each indicator fact with the programme and indicator it supports. */
    static final String FACTS = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            SELECT ?programme ?indicator ?fact { #FOCUS(?programme) ?fact a mdkg:IndicatorFact ; mdkg:factAbout ?programme ; mdkg:indicator ?indicator }
            """;

    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(RDF.type.asNode(), MDKG.factAbout, MDKG.indicator),
            Set.of(MDKG.factAbout),
            "?n mdkg:factAbout ?k",
            "");

    /** The 14 indicators of {@link #ROWS}, the only ones a fact names. */
    private static final List<Node> INDICATORS = Pattern.compile("\\(crit:\\S+ \"([^\"]+)\"")
            .matcher(ROWS)
            .results()
            .map(m -> NodeFactory.createLiteralString(m.group(1)))
            .distinct()
            .toList();

    /** The results of each key: found by {@code mdkg:resultFor}, and by their IRIs for those with only facts. */
    IndicatorResults() {
        super("indicator results", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        Set<Node> results = new HashSet<>(Focus.derivedSubjects(dataset, keys, MDKG.resultFor));
        keys.forEach(k -> INDICATORS.forEach(i -> results.add(DerivedNodes.iri("indicator-result", k, i))));
        return Focus.about(dataset, results, null);
    }

    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        List<Binding> rows = new ArrayList<>();
        Focus.select(dataset, ROWS, "programme", keys, rows::add);
        for (Binding row : rows) {
            Node result = DerivedNodes.iri("indicator-result", row.get("programme"), row.get("indicator"));
            add(dataset, result, RDF.type.asNode(), MDKG.IndicatorResult);
            add(dataset, result, MDKG.resultFor, row.get("programme"));
            add(dataset, result, MDKG.resultIndicator, row.get("indicator"));
            add(dataset, result, MDKG.holds, row.get("holds"));
        }
        List<Binding> facts = new ArrayList<>();
        Focus.select(dataset, FACTS, "programme", keys, facts::add);
        for (Binding fact : facts) {
            Node result = DerivedNodes.iri("indicator-result", fact.get("programme"), fact.get("indicator"));
            add(dataset, result, MDKG.resultFact, fact.get("fact"));
        }
    }

    private static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        DerivedNodes.add(dataset, s, p, o);
    }
}
