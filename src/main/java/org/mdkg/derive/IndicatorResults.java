package org.mdkg.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;
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
    /** The 14 indicators of {@code queries/partnership-assessment.rq}, the only ones a fact names. */
    private static final List<Node> INDICATORS = Stream.of(
                    "origin-and-destination-partners",
                    "partner-government-involved",
                    "co-chaired-dialogue",
                    "joint-documents",
                    "involves-civil-society-organisation",
                    "involves-diaspora-organisation",
                    "involves-employers-organisation",
                    "involves-trade-union",
                    "involves-subnational-authority",
                    "involves-migrants-organisation",
                    "capacity-building",
                    "human-rights-reference",
                    "legal-pathways",
                    "return-without-legal-pathway")
            .map(NodeFactory::createLiteralString)
            .toList();

    /** The programmes that have a result for each indicator: every programme, partnership, project and fund. */
    static final String PROGRAMMES = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            SELECT DISTINCT ?programme WHERE {
              #FOCUS(?programme)
              ?programme a ?programmeClass .
              VALUES ?programmeClass { mdkg:Programme mdkg:Partnership mdkg:TalentPartnership mdkg:GlobalSkillPartnership
                                       mdkg:LabourMobilityScheme mdkg:Project mdkg:Fund }
            }
            """;

    /**
     * The indicators that hold for a programme: those some node states a fact of, about it. (The result rows were
     * one query, an OPTIONAL of the facts for each programme and indicator, grouped: 11 s at 10^6 triples.)
     */
    static final String HOLDING = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            SELECT DISTINCT ?programme ?indicator { #FOCUS(?programme) ?factNode mdkg:factAbout ?programme ; mdkg:indicator ?indicator }
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
        List<Node> programmes = new ArrayList<>();
        Focus.select(dataset, PROGRAMMES, "programme", keys, b -> programmes.add(b.get("programme")));
        Set<List<Node>> holding = new HashSet<>();
        Focus.select(
                dataset, HOLDING, "programme", keys, b -> holding.add(List.of(b.get("programme"), b.get("indicator"))));
        for (Node programme : programmes) {
            for (Node indicator : INDICATORS) {
                Node result = DerivedNodes.iri("indicator-result", programme, indicator);
                add(dataset, result, RDF.type.asNode(), MDKG.IndicatorResult);
                add(dataset, result, MDKG.resultFor, programme);
                add(dataset, result, MDKG.resultIndicator, indicator);
                add(dataset, result, MDKG.holds, holding.contains(List.of(programme, indicator)) ? TRUE : FALSE);
            }
        }
        List<Binding> facts = new ArrayList<>();
        Focus.select(dataset, FACTS, "programme", keys, facts::add);
        for (Binding fact : facts) {
            Node result = DerivedNodes.iri("indicator-result", fact.get("programme"), fact.get("indicator"));
            add(dataset, result, MDKG.resultFact, fact.get("fact"));
        }
    }

    private static final Node TRUE = NodeValue.TRUE.asNode();
    private static final Node FALSE = NodeValue.FALSE.asNode();

    private static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        DerivedNodes.add(dataset, s, p, o);
    }
}
