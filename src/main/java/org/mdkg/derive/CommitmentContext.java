package org.mdkg.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.Prefixes;

/**
 * The context of every commitment that the analysis queries group and filter by, so that they stay simple and fast
 * on large graphs: {@code mdkg:outcomeDocument} (the document it is stated in, or that its part belongs to),
 * {@code mdkg:adoptionDate} (its own date, else the document's, else the adopting meeting's), {@code mdkg:inDialogue}
 * (made by, of, or stated in a document of a dialogue), {@code mdkg:servesElement} (aligned with directly or through
 * its document part), {@code mdkg:servesFramework} (made under, or the framework of an element it serves),
 * {@code mdkg:evidenced} (an evidence item, or a current status of limited, substantial or complete),
 * {@code mdkg:firstEvidenceDate} and {@code mdkg:monthsToFirstEvidence}; and, on programmes, commitments and
 * memberships, the stakeholder-map scope keys {@code mdkg:themeKey} and {@code mdkg:countryKey} (with
 * {@code mdkg:AnyTheme} and {@code mdkg:AnyCountry} on every one). Needs {@link CurrentStatus}.
 */
final class CommitmentContext implements Derivation {
    static final String PREFIXES = Prefixes.sparql();

    static final String LINKS = PREFIXES + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:outcomeDocument ?doc } } WHERE {
              ?c a mdkg:Commitment ; mdkg:statedIn ?s . ?s dct:isPartOf* ?doc . ?doc a mdkg:OutcomeDocument } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:inDialogue ?d } } WHERE {
              { ?c a mdkg:Commitment ; mdkg:madeBy|mdkg:ofDialogue ?d }
              UNION { ?c a mdkg:Commitment ; mdkg:statedIn ?s . ?s dct:isPartOf* ?x . ?x mdkg:ofDialogue ?d }
              ?d a ?cls .
              VALUES ?cls { mdkg:Dialogue mdkg:RegionalConsultativeProcess mdkg:InterRegionalForum mdkg:BilateralDialogue } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:servesElement ?e } } WHERE {
              { ?c a mdkg:Commitment ; mdkg:alignedWith ?e }
              UNION { ?c a mdkg:Commitment ; mdkg:statedIn ?s . ?s dct:isPartOf* ?part .
                      ?part a mdkg:DocumentPart ; mdkg:alignedWith ?e } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:servesFramework ?f } } WHERE {
              { ?c a mdkg:Commitment ; mdkg:underFramework ?f }
              UNION { ?c mdkg:servesElement ?e . ?e mdkg:inFramework|^mdkg:hasElement ?f }
              ?f a mdkg:Framework } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:evidenced true } } WHERE {
              { ?c a mdkg:Commitment ; mdkg:evidence ?x }
              UNION { ?a mdkg:assesses ?c ; mdkg:evidence ?x }
              UNION { ?c mdkg:currentStatus ?st FILTER(?st IN (status:limited, status:substantial, status:complete)) } }
            """;

    /**
     * Scope keys of the stakeholder map: the themes and countries a programme, commitment or membership is about,
     * plus mdkg:AnyTheme and mdkg:AnyCountry on each, so that a query can anchor on a given key or on "any".
     */
    static final String SCOPE_KEYS = PREFIXES + """
            PREFIX org: <http://www.w3.org/ns/org#>
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?i mdkg:themeKey mdkg:AnyTheme ; mdkg:countryKey mdkg:AnyCountry } }
            WHERE { ?i a ?cls . VALUES ?cls { mdkg:Programme mdkg:Partnership mdkg:TalentPartnership mdkg:GlobalSkillPartnership
                                             mdkg:LabourMobilityScheme mdkg:Project mdkg:Fund mdkg:Commitment org:Membership } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?i mdkg:themeKey ?t } }
            WHERE { ?i mdkg:themeKey mdkg:AnyTheme ; dct:subject ?t } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?m mdkg:themeKey ?t } }
            WHERE { { SELECT DISTINCT ?d ?t { ?c mdkg:inDialogue ?d ; dct:subject ?t } } ?m org:organization ?d ; org:member ?x } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?i mdkg:countryKey ?c } } WHERE {
              { ?i mdkg:partnerCountry ?c }
              UNION { ?i a mdkg:Commitment ; mdkg:madeBy|mdkg:addressedTo ?s . ?s mdkg:country ?c }
              UNION { ?i a mdkg:Commitment ; mdkg:evidence ?p . ?p mdkg:partnerCountry ?c }
              UNION { ?a mdkg:assesses ?i ; mdkg:evidence ?p . ?p mdkg:partnerCountry ?c }
              UNION { ?i a org:Membership ; org:member ?s . ?s mdkg:country ?c } }
            """;

    /** Candidate adoption dates, in order of preference. */
    static final List<String> ADOPTION = List.of(
            PREFIXES + "SELECT ?c ?d { ?c a mdkg:Commitment ; dct:date ?d }",
            PREFIXES + "SELECT ?c ?d { ?c mdkg:outcomeDocument ?doc . ?doc dct:date ?d }",
            PREFIXES
                    + "SELECT ?c ?d { ?c mdkg:outcomeDocument ?doc . ?doc mdkg:adoptedAt|^mdkg:adopted ?m . ?m dct:date ?d }");

    /** Every dated sign of implementation: evidence items and assessments finding some implementation. */
    static final List<String> EVIDENCE = List.of(
            PREFIXES + "SELECT ?c ?d { ?c a mdkg:Commitment ; mdkg:evidence ?e . ?e dct:date|mdkg:startDate ?d }",
            PREFIXES + "SELECT ?c ?d { ?a mdkg:assesses ?c ; mdkg:evidence ?e . ?e dct:date|mdkg:startDate ?d }",
            PREFIXES + """
                    SELECT ?c ?d { ?a mdkg:assesses ?c ; mdkg:status ?s ; mdkg:assessmentDate ?d .
                      FILTER(?s IN (status:limited, status:substantial, status:complete)) }""");

    @Override
    public String name() {
        return "commitment context";
    }

    @Override
    public void apply(DatasetGraph dataset) {
        UpdateExec.dataset(dataset).update(LINKS).execute();
        UpdateExec.dataset(dataset).update(SCOPE_KEYS).execute();
        Map<Node, LocalDate> adopted = new HashMap<>();
        for (String query : ADOPTION) {
            dates(dataset, query).forEach(adopted::putIfAbsent);
        }
        adopted.forEach((c, d) -> DerivedNodes.add(dataset, c, MDKG.adoptionDate, DerivedNodes.date(d.toString())));
        Map<Node, LocalDate> first = new HashMap<>();
        for (String query : EVIDENCE) {
            dates(dataset, query).forEach((c, d) -> first.merge(c, d, (a, b) -> b.isBefore(a) ? b : a));
        }
        first.forEach((c, d) -> {
            DerivedNodes.add(dataset, c, MDKG.firstEvidenceDate, DerivedNodes.date(d.toString()));
            LocalDate from = adopted.get(c);
            if (from != null) {
                long months = Math.max(0, ChronoUnit.MONTHS.between(from, d));
                DerivedNodes.add(dataset, c, MDKG.monthsToFirstEvidence, DerivedNodes.integer(months));
            }
        });
    }

    /** Reads (commitment, date) rows, keeping the earliest date per commitment. */
    private static Map<Node, LocalDate> dates(DatasetGraph dataset, String query) {
        Map<Node, LocalDate> result = new HashMap<>();
        QueryExec.dataset(dataset).query(query).select().forEachRemaining(b -> {
            Node d = b.get("d");
            Optional<LocalDate> date = d != null && d.isLiteral() ? parse(d.getLiteralLexicalForm()) : Optional.empty();
            date.ifPresent(value -> result.merge(b.get("c"), value, (a, n) -> n.isBefore(a) ? n : a));
        });
        return result;
    }

    /** The first day of an xsd:date, xsd:dateTime, xsd:gYearMonth or xsd:gYear lexical form, if it is one. */
    static Optional<LocalDate> parse(String lexical) {
        if (lexical.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(lexical.substring(0, 4)),
                    Integer.parseInt(lexical.substring(5, 7)),
                    Integer.parseInt(lexical.substring(8, 10))));
        }
        if (lexical.matches("\\d{4}-\\d{2}(Z|[+-].*)?")) {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(lexical.substring(0, 4)), Integer.parseInt(lexical.substring(5, 7)), 1));
        }
        if (lexical.matches("\\d{4}(Z|[+-]\\d{2}:\\d{2})?")) {
            return Optional.of(LocalDate.of(Integer.parseInt(lexical.substring(0, 4)), 1, 1));
        }
        return Optional.empty();
    }
}
