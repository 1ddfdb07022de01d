package org.mdkg.derive;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.base.ClasspathResource;
import org.mdkg.base.Sha256;
import org.mdkg.vocab.MDKG;

/**
 * Computes, at load time, the facts that the partnership assessment and the Global Skill Partnership
 * completeness report show for each programme. The rules are the SPARQL files {@code partnership-facts.rq}
 * and {@code gsp-facts.rq} beside this class; each result row becomes an {@code mdkg:IndicatorFact} with
 * {@code mdkg:factAbout} (the programme), {@code mdkg:indicator} (a literal) or {@code mdkg:gspElement} (a
 * concept), and {@code mdkg:factText} (the sentence). Evaluating the rules per request took seconds on a graph
 * of 10^6 triples, reading the facts takes milliseconds. Needs the links of {@link CommitmentContext}.
 */
final class IndicatorFacts implements Derivation {
    @Override
    public String name() {
        return "indicator facts";
    }

    @Override
    public void apply(DatasetGraph dataset) {
        QueryExec.dataset(dataset)
                .query(rules("partnership-facts.rq"))
                .select()
                .forEachRemaining(
                        b -> fact(dataset, b.get("programme"), MDKG.indicator, b.get("factIndicator"), b.get("fact")));
        QueryExec.dataset(dataset)
                .query(rules("gsp-facts.rq"))
                .select()
                .forEachRemaining(
                        b -> fact(dataset, b.get("programme"), MDKG.gspElement, b.get("factElement"), b.get("fact")));
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
