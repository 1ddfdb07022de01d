package org.mdkg.derive;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.Prefixes;

/**
 * The candidate pairs of {@code overlapping-initiatives}: two programmes, projects, partnerships or funds that
 * share a partner country and a theme, are not part of one another, whose funders or implementers differ and
 * whose periods overlap for some year. Each pair is an {@code mdkg:OverlapPair} with {@code mdkg:overlapFirst} /
 * {@code mdkg:overlapSecond}, {@code mdkg:overlapFromYear} (the later start year), {@code mdkg:firstEndYear} /
 * {@code mdkg:secondEndYear} (absent when still running, so the query closes the period with the current year), and
 * the shared countries and themes as scope keys ({@code mdkg:sharedCountryKey} / {@code mdkg:sharedThemeKey}, with
 * {@code mdkg:AnyCountry} / {@code mdkg:AnyTheme}). Names are the query's to show. A write recomputes the pairs of
 * the programmes it changed (and of those above or below them over {@code mdkg:partOf}).
 */
final class OverlapPairs extends Step {
    static final String PREFIXES = Prefixes.sparql();

    /** The former query, with the period checked for any year instead of the current one. */
    static final String PAIRS = PREFIXES + """
            SELECT DISTINCT ?first ?second ?overlapFrom ?firstEndYear ?secondEndYear
            WHERE {
              #FOCUS(?first) #FOCUS(?second)
              ?first mdkg:partnerCountry ?country .
              ?second mdkg:partnerCountry ?country .
              FILTER(STR(?first) < STR(?second))
              ?first dct:subject ?theme .
              ?second dct:subject ?theme .
              FILTER NOT EXISTS { ?first mdkg:partOf+ ?second }
              FILTER NOT EXISTS { ?second mdkg:partOf+ ?first }
              ?first mdkg:startDate ?firstStart .
              ?second mdkg:startDate ?secondStart .
              OPTIONAL { ?first mdkg:endDate ?firstEnd }
              OPTIONAL { ?second mdkg:endDate ?secondEnd }
              BIND(IF(xsd:integer(SUBSTR(STR(?firstStart), 1, 4)) > xsd:integer(SUBSTR(STR(?secondStart), 1, 4)),
                      xsd:integer(SUBSTR(STR(?firstStart), 1, 4)), xsd:integer(SUBSTR(STR(?secondStart), 1, 4))) AS ?overlapFrom)
              BIND(xsd:integer(SUBSTR(STR(?firstEnd), 1, 4)) AS ?firstEndYear)
              BIND(xsd:integer(SUBSTR(STR(?secondEnd), 1, 4)) AS ?secondEndYear)
              FILTER(BOUND(?overlapFrom) && (!BOUND(?firstEndYear) || ?overlapFrom <= ?firstEndYear)
                     && (!BOUND(?secondEndYear) || ?overlapFrom <= ?secondEndYear))
              FILTER(EXISTS { ?first mdkg:funder ?f1 FILTER NOT EXISTS { ?second mdkg:funder ?f1 } }
                     || EXISTS { ?second mdkg:funder ?f2 FILTER NOT EXISTS { ?first mdkg:funder ?f2 } }
                     || EXISTS { ?first mdkg:implementer ?i1 FILTER NOT EXISTS { ?second mdkg:implementer ?i1 } }
                     || EXISTS { ?second mdkg:implementer ?i2 FILTER NOT EXISTS { ?first mdkg:implementer ?i2 } })
            }
            """;

    static final String KEYS = PREFIXES + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?pair mdkg:sharedCountryKey ?c } } WHERE {
              #FOCUS(?pair)
              ?pair a mdkg:OverlapPair ; mdkg:overlapFirst ?first ; mdkg:overlapSecond ?second .
              ?first mdkg:partnerCountry ?c . ?second mdkg:partnerCountry ?c } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?pair mdkg:sharedThemeKey ?t } } WHERE {
              #FOCUS(?pair)
              ?pair a mdkg:OverlapPair ; mdkg:overlapFirst ?first ; mdkg:overlapSecond ?second .
              ?first dct:subject ?t . ?second dct:subject ?t }
            """;

    /** Result column and the property it is written with. */
    private static final String[][] COLUMNS = {
        {"first", "overlapFirst"},
        {"second", "overlapSecond"},
        {"overlapFrom", "overlapFromYear"},
        {"firstEndYear", "firstEndYear"},
        {"secondEndYear", "secondEndYear"}
    };

    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(
                    MDKG.partnerCountry,
                    DCTerms.subject.asNode(),
                    MDKG.partOf,
                    MDKG.startDate,
                    MDKG.endDate,
                    MDKG.funder,
                    MDKG.implementer),
            Set.of(MDKG.partOf),
            "?k mdkg:partOf* ?n",
            "?n mdkg:partOf* ?k");

    /** Every pair with a key as its first or second member. */
    OverlapPairs() {
        super("overlap pairs", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        Set<Node> pairs = new HashSet<>(Focus.derivedSubjects(dataset, keys, MDKG.term("overlapFirst")));
        pairs.addAll(Focus.derivedSubjects(dataset, keys, MDKG.term("overlapSecond")));
        return Focus.about(dataset, pairs, null);
    }

    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        Set<Binding> rows = new LinkedHashSet<>();
        if (keys == null) {
            Focus.select(dataset, PAIRS, null, rows::add);
        } else {
            for (String side : List.of("first", "second")) {
                Focus.select(dataset, PAIRS, side, keys, rows::add);
            }
        }
        Set<Node> pairs = new LinkedHashSet<>();
        for (Binding row : rows) {
            Node pair = DerivedNodes.iri("overlap", row.get("first"), row.get("second"), period(row));
            pairs.add(pair);
            add(dataset, pair, RDF.type.asNode(), MDKG.OverlapPair);
            add(dataset, pair, MDKG.sharedCountryKey, MDKG.AnyCountry);
            add(dataset, pair, MDKG.sharedThemeKey, MDKG.AnyTheme);
            for (String[] column : COLUMNS) {
                Node value = row.get(column[0]);
                if (value != null) {
                    add(dataset, pair, MDKG.term(column[1]), value);
                }
            }
        }
        if (keys == null || !pairs.isEmpty()) {
            Focus.execute(dataset, KEYS, "pair", keys == null ? null : pairs);
        }
    }

    /** The overlap's years as an IRI segment: {@code 2018-2021-open} (from, first end, second end). */
    private static String period(Binding row) {
        return year(row.get("overlapFrom")) + "-" + year(row.get("firstEndYear")) + "-"
                + year(row.get("secondEndYear"));
    }

    private static String year(Node n) {
        return n == null ? "open" : n.getLiteralLexicalForm();
    }

    private static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        DerivedNodes.add(dataset, s, p, o);
    }
}
