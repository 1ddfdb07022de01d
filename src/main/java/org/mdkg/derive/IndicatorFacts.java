package org.mdkg.derive;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mdkg.base.ClasspathResource;
import org.mdkg.base.Sha256;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.ORG;

/**
 * Computes, at load time, the facts that the partnership assessment and the Global Skill Partnership
 * completeness report show for each programme. The rules are the SPARQL files {@code partnership-facts.rq}
 * and {@code gsp-facts.rq} beside this class; each result row becomes an {@code mdkg:IndicatorFact} with
 * {@code mdkg:factAbout} (the programme), {@code mdkg:indicator} (a literal) or {@code mdkg:gspElement} (a
 * concept), and {@code mdkg:factText} (the sentence). Evaluating the rules per request took seconds on a graph
 * of 10^6 triples, reading the facts takes milliseconds. Needs the links of {@link CommitmentContext}. A write
 * recomputes the programmes that reach a changed node along the paths the rules read.
 */
final class IndicatorFacts extends Step {
    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(
                    RDF.type.asNode(),
                    RDFS.label.asNode(),
                    SKOS.prefLabel.asNode(),
                    DCTerms.subject.asNode(),
                    MDKG.partnerCountry,
                    MDKG.term("inRegion"),
                    MDKG.country,
                    MDKG.term("routeRole"),
                    MDKG.term("hasStop"),
                    MDKG.partOf,
                    MDKG.funder,
                    MDKG.implementer,
                    MDKG.term("actorType"),
                    MDKG.evidence,
                    MDKG.assesses,
                    MDKG.inDialogue,
                    MDKG.outcomeDocument,
                    MDKG.code,
                    ORG.organization,
                    ORG.role,
                    ORG.member,
                    MDKG.alignedWith,
                    MDKG.term("sector"),
                    MDKG.budget,
                    MDKG.currency),
            Set.of(MDKG.country, MDKG.term("hasStop"), MDKG.partOf, MDKG.evidence, ORG.organization),
            """
            { ?k mdkg:partnerCountry|mdkg:funder|mdkg:implementer|mdkg:alignedWith|mdkg:sector ?n }
            UNION { ?k mdkg:partnerCountry/^mdkg:country ?n }
            UNION { ?k mdkg:partnerCountry/^mdkg:country/^mdkg:hasStop ?n }
            UNION { ?k ^mdkg:partOf+ ?n }
            UNION { ?k ^mdkg:partOf*/(mdkg:funder|mdkg:implementer) ?n }
            UNION { ?k ^mdkg:evidence ?n }
            UNION { ?k ^mdkg:evidence/mdkg:assesses ?n }
            UNION { ?k ^mdkg:evidence/mdkg:assesses?/(mdkg:inDialogue|mdkg:outcomeDocument) ?n }
            UNION { ?k ^mdkg:evidence/mdkg:assesses?/mdkg:inDialogue/^org:organization ?n }
            UNION { ?k ^mdkg:evidence/mdkg:assesses?/mdkg:inDialogue/^org:organization/org:member ?n }
            """,
            """
            { ?k mdkg:partnerCountry ?n }
            UNION { ?k mdkg:partnerCountry/^mdkg:country ?n }
            UNION { ?k ^mdkg:partOf* ?n }
            UNION { ?k ^mdkg:evidence/mdkg:assesses?/mdkg:inDialogue ?n }
            """,
            Map.of(
                    RDF.type.asNode(), "", // only the programme's own class
                    DCTerms.subject.asNode(), "?k ^mdkg:partOf+ ?n")); // themes of the programme and its parts

    IndicatorFacts() {
        super("indicator facts", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        return Focus.about(dataset, Focus.derivedSubjects(dataset, keys, MDKG.factAbout), null);
    }

    /**
     * Each rule once over everything, or once per key with {@code ?programme} bound (faster than a VALUES join). The
     * rules read none of this step's output, so they run over the store itself ({@link Overlay#rulesSource}).
     */
    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        DatasetGraph source = Overlay.rulesSource(dataset);
        for (Node key : keys == null ? Collections.<Node>singleton(null) : keys) {
            select(source, "partnership-facts.rq", key)
                    .forEachRemaining(b -> fact(
                            dataset,
                            value(b, "programme", key),
                            MDKG.indicator,
                            b.get("factIndicator"),
                            b.get("fact")));
            select(source, "gsp-facts.rq", key)
                    .forEachRemaining(b -> fact(
                            dataset, value(b, "programme", key), MDKG.gspElement, b.get("factElement"), b.get("fact")));
        }
    }

    /** The rules, parsed once. */
    private static final Map<String, Query> RULES = Map.of(
            "partnership-facts.rq", QueryFactory.create(rules("partnership-facts.rq")),
            "gsp-facts.rq", QueryFactory.create(rules("gsp-facts.rq")));

    private static RowSet select(DatasetGraph dataset, String rule, Node key) {
        QueryExecBuilder exec = QueryExec.dataset(dataset).query(RULES.get(rule));
        return (key == null ? exec : exec.substitution("programme", key)).select();
    }

    private static Node value(Binding b, String var, Node key) {
        return key != null ? key : b.get(var);
    }

    private static void fact(DatasetGraph dataset, Node programme, Node kind, Node key, Node text) {
        if (programme == null || key == null || text == null) {
            return;
        }
        Node f = DerivedNodes.iri(
                "fact", programme, key, Sha256.hex(text.getLiteralLexicalForm()).substring(0, 12));
        add(dataset, f, RDF.type.asNode(), MDKG.IndicatorFact);
        add(dataset, f, MDKG.factAbout, programme);
        add(dataset, f, kind, key);
        add(dataset, f, MDKG.factText, text);
    }

    static String rules(String name) {
        return ClasspathResource.text(IndicatorFacts.class, name);
    }

    private static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        DerivedNodes.add(dataset, s, p, o);
    }
}
