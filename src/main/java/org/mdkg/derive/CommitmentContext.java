package org.mdkg.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.ORG;
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
 * {@code mdkg:AnyTheme} and {@code mdkg:AnyCountry} on every one). Needs {@link CurrentStatus}. A write recomputes
 * the commitments, programmes and memberships that reach a changed node along the paths these rules read.
 */
final class CommitmentContext extends Step {
    static final String PREFIXES = Prefixes.sparql();

    static final String LINKS = PREFIXES + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:outcomeDocument ?doc } } WHERE {
              #FOCUS(?c)
              ?c a mdkg:Commitment ; mdkg:statedIn ?s . ?s dct:isPartOf* ?doc . ?doc a mdkg:OutcomeDocument } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:inDialogue ?d } } WHERE {
              { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:madeBy|mdkg:ofDialogue ?d }
              UNION { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:statedIn ?s . ?s dct:isPartOf* ?x . ?x mdkg:ofDialogue ?d }
              FILTER EXISTS { VALUES ?cls { mdkg:Dialogue mdkg:RegionalConsultativeProcess mdkg:InterRegionalForum
                                            mdkg:BilateralDialogue } ?d a ?cls } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:servesElement ?e } } WHERE {
              { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:alignedWith ?e }
              UNION { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:statedIn ?s . ?s dct:isPartOf* ?part .
                      ?part a mdkg:DocumentPart ; mdkg:alignedWith ?e } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:servesFramework ?f } } WHERE {
              { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:underFramework ?f }
              UNION { #FOCUS(?c) ?c mdkg:servesElement ?e . ?e mdkg:inFramework|^mdkg:hasElement ?f }
              ?f a mdkg:Framework } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:evidenced true } } WHERE {
              { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:evidence ?x }
              UNION { #FOCUS(?c) ?a mdkg:assesses ?c ; mdkg:evidence ?x }
              UNION { #FOCUS(?c) ?c mdkg:currentStatus ?st FILTER(?st IN (status:limited, status:substantial, status:complete)) } }
            """;

    /**
     * Scope keys of the stakeholder map: the themes and countries a programme, commitment or membership is about,
     * plus mdkg:AnyTheme and mdkg:AnyCountry on each, so that a query can anchor on a given key or on "any".
     */
    static final String SCOPE_KEYS = PREFIXES + """
            PREFIX org: <http://www.w3.org/ns/org#>
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?i mdkg:themeKey mdkg:AnyTheme ; mdkg:countryKey mdkg:AnyCountry } }
            WHERE { #FOCUS(?i) ?i a ?cls . VALUES ?cls { mdkg:Programme mdkg:Partnership mdkg:TalentPartnership mdkg:GlobalSkillPartnership
                                             mdkg:LabourMobilityScheme mdkg:Project mdkg:Fund mdkg:Commitment org:Membership } } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?i mdkg:themeKey ?t } }
            WHERE { #FOCUS(?i) ?i mdkg:themeKey mdkg:AnyTheme ; dct:subject ?t } ;
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?i mdkg:countryKey ?c } } WHERE {
              { #FOCUS(?i) ?i mdkg:partnerCountry ?c }
              UNION { #FOCUS(?i) ?i a mdkg:Commitment ; mdkg:madeBy|mdkg:addressedTo ?s . ?s mdkg:country ?c }
              UNION { #FOCUS(?i) ?i a mdkg:Commitment ; mdkg:evidence ?p . ?p mdkg:partnerCountry ?c }
              UNION { #FOCUS(?i) ?a mdkg:assesses ?i ; mdkg:evidence ?p . ?p mdkg:partnerCountry ?c }
              UNION { #FOCUS(?i) ?i a org:Membership ; org:member ?s . ?s mdkg:country ?c } }
            """;

    /** The themes of a membership: those of the commitments of its dialogue (see {@link #membershipThemes}). */
    static final String MEMBERSHIP_THEMES = PREFIXES + """
            PREFIX org: <http://www.w3.org/ns/org#>
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?m mdkg:themeKey ?t } }
            WHERE { { SELECT DISTINCT ?d ?t { ?c mdkg:inDialogue ?d ; dct:subject ?t } } ?m org:organization ?d ; org:member ?x }
            """;

    /** Candidate adoption dates, in order of preference. */
    static final List<String> ADOPTION = List.of(
            PREFIXES + "SELECT ?c ?d { #FOCUS(?c) ?c a mdkg:Commitment ; dct:date ?d }",
            PREFIXES + "SELECT ?c ?d { #FOCUS(?c) ?c mdkg:outcomeDocument ?doc . ?doc dct:date ?d }",
            PREFIXES
                    + "SELECT ?c ?d { #FOCUS(?c) ?c mdkg:outcomeDocument ?doc . ?doc mdkg:adoptedAt|^mdkg:adopted ?m . ?m dct:date ?d }");

    /** Every dated sign of implementation: evidence items and assessments finding some implementation. */
    static final List<String> EVIDENCE = List.of(
            PREFIXES
                    + "SELECT ?c ?d { #FOCUS(?c) ?c a mdkg:Commitment ; mdkg:evidence ?e . ?e dct:date|mdkg:startDate ?d }",
            PREFIXES
                    + "SELECT ?c ?d { #FOCUS(?c) ?a mdkg:assesses ?c ; mdkg:evidence ?e . ?e dct:date|mdkg:startDate ?d }",
            PREFIXES + """
                    SELECT ?c ?d { #FOCUS(?c) ?a mdkg:assesses ?c ; mdkg:status ?s ; mdkg:assessmentDate ?d .
                      FILTER(?s IN (status:limited, status:substantial, status:complete)) }""");

    /** What the steps derives on commitments, programmes and memberships. */
    private static final Set<Node> OUTPUT = Set.of(
            MDKG.outcomeDocument,
            MDKG.inDialogue,
            MDKG.servesElement,
            MDKG.servesFramework,
            MDKG.term("evidenced"),
            MDKG.term("themeKey"),
            MDKG.term("countryKey"),
            MDKG.adoptionDate,
            MDKG.firstEvidenceDate,
            MDKG.monthsToFirstEvidence);

    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(
                    RDF.type.asNode(),
                    MDKG.statedIn,
                    DCTerms.isPartOf.asNode(),
                    MDKG.ofDialogue,
                    MDKG.madeBy,
                    MDKG.alignedWith,
                    MDKG.underFramework,
                    MDKG.servesElement,
                    MDKG.term("inFramework"),
                    MDKG.term("hasElement"),
                    MDKG.evidence,
                    MDKG.assesses,
                    MDKG.currentStatus,
                    MDKG.term("themeKey"),
                    DCTerms.subject.asNode(),
                    MDKG.inDialogue,
                    ORG.organization,
                    ORG.member,
                    MDKG.partnerCountry,
                    MDKG.addressedTo,
                    MDKG.country,
                    DCTerms.date.asNode(),
                    MDKG.outcomeDocument,
                    MDKG.term("adoptedAt"),
                    MDKG.term("adopted"),
                    MDKG.startDate,
                    MDKG.status,
                    MDKG.assessmentDate),
            Set.of(MDKG.term("hasElement"), MDKG.assesses, MDKG.inDialogue, MDKG.term("adopted")),
            """
            { ?k mdkg:statedIn/dct:isPartOf* ?n }
            UNION { ?k mdkg:statedIn/dct:isPartOf*/mdkg:ofDialogue ?n }
            UNION { ?k mdkg:madeBy|mdkg:ofDialogue|mdkg:underFramework|mdkg:servesElement|mdkg:addressedTo|mdkg:evidence
                       |org:member|org:organization|mdkg:outcomeDocument|^mdkg:assesses ?n }
            UNION { ?k mdkg:servesElement/(mdkg:inFramework|^mdkg:hasElement) ?n }
            UNION { ?k org:organization/^mdkg:inDialogue ?n }
            UNION { ?k ^mdkg:assesses/mdkg:evidence ?n }
            UNION { ?k mdkg:outcomeDocument/(mdkg:adoptedAt|^mdkg:adopted) ?n }
            """,
            """
            ?k mdkg:servesElement|org:organization|mdkg:outcomeDocument ?n
            """,
            Map.of(MDKG.term("themeKey"), "")); // read only as the key's own "any theme" key (SCOPE_KEYS)

    CommitmentContext() {
        super("commitment context", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        return Focus.about(dataset, keys, OUTPUT);
    }

    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        if (keys == null) {
            applyRules(dataset, null);
            UpdateExec.dataset(dataset).update(MEMBERSHIP_THEMES).execute();
            return;
        }
        Map<Node, Statements> statements = new LinkedHashMap<>();
        keys.forEach(k -> statements.put(k, new Statements(dataset, k)));
        Set<Node> others = new LinkedHashSet<>();
        statements.forEach((k, own) -> {
            if (isPlainMembership(dataset, k, own)) {
                plainMembershipKeys(dataset, k, own);
            } else {
                others.add(k);
            }
        });
        if (!others.isEmpty()) {
            applyRules(dataset, others);
        }
        membershipThemes(dataset, statements);
    }

    /** What a key says of itself, in every graph: read once, for the look-ups of memberships. */
    private record Statements(List<Quad> quads) {
        Statements(DatasetGraph dataset, Node k) {
            this(Iter.toList(dataset.find(Node.ANY, k, Node.ANY, Node.ANY)));
        }

        boolean has(Node p) {
            return quads.stream().anyMatch(q -> q.getPredicate().equals(p));
        }

        boolean has(Node p, Node o) {
            return quads.stream()
                    .anyMatch(q -> q.getPredicate().equals(p) && q.getObject().equals(o));
        }

        List<Node> objects(Node p) {
            return quads.stream()
                    .filter(q -> q.getPredicate().equals(p))
                    .map(Quad::getObject)
                    .distinct()
                    .toList();
        }
    }

    /**
     * Whether {@code k} is a membership that no rule but the scope keys of memberships reaches: typed
     * {@code org:Membership}, not a commitment, and without the links the other rules read (assessed, evidence, a
     * status, served elements, an outcome document, partner countries). A change to a commitment's themes reaches every
     * membership of its dialogue; these are derived by look-ups ({@link #plainMembershipKeys}), as the rules would.
     */
    private static boolean isPlainMembership(DatasetGraph dataset, Node k, Statements own) {
        if (!own.has(RDF.type.asNode(), ORG.Membership)
                || own.has(RDF.type.asNode(), MDKG.Commitment)
                || dataset.contains(Node.ANY, Node.ANY, MDKG.assesses, k)) {
            return false;
        }
        for (Node p : List.of(
                MDKG.evidence, MDKG.currentStatus, MDKG.servesElement, MDKG.outcomeDocument, MDKG.partnerCountry)) {
            if (own.has(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@link #SCOPE_KEYS} derives for a plain membership: "any" theme and country, its own themes and the
     * countries of its members (its dialogue's themes come from {@link #membershipThemes}).
     */
    private static void plainMembershipKeys(DatasetGraph dataset, Node m, Statements own) {
        Node themeKey = MDKG.term("themeKey");
        Node countryKey = MDKG.term("countryKey");
        DerivedNodes.add(dataset, m, themeKey, MDKG.term("AnyTheme"));
        DerivedNodes.add(dataset, m, countryKey, MDKG.term("AnyCountry"));
        own.objects(DCTerms.subject.asNode()).forEach(t -> DerivedNodes.add(dataset, m, themeKey, t));
        List<Node> countries = new ArrayList<>();
        for (Node member : own.objects(ORG.member)) {
            dataset.find(Node.ANY, member, MDKG.country, Node.ANY).forEachRemaining(c -> countries.add(c.getObject()));
        }
        countries.forEach(c -> DerivedNodes.add(dataset, m, countryKey, c));
    }

    /** The rules in SPARQL, and the dates, for {@code keys} (null: everything). */
    private static void applyRules(DatasetGraph dataset, Set<Node> keys) {
        Map<String, Set<Node>> focus = keys == null ? null : Map.of("c", keys, "i", keys);
        Focus.execute(dataset, LINKS, focus);
        Focus.execute(dataset, SCOPE_KEYS, focus);
        Map<Node, LocalDate> adopted = new HashMap<>();
        for (String query : ADOPTION) {
            dates(dataset, query, focus).forEach(adopted::putIfAbsent);
        }
        adopted.forEach((c, d) -> DerivedNodes.add(dataset, c, MDKG.adoptionDate, DerivedNodes.date(d.toString())));
        Map<Node, LocalDate> first = new HashMap<>();
        for (String query : EVIDENCE) {
            dates(dataset, query, focus).forEach((c, d) -> first.merge(c, d, (a, b) -> b.isBefore(a) ? b : a));
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

    /**
     * {@link #MEMBERSHIP_THEMES} for the memberships among {@code keys}, by look-ups: a VALUES join re-reads the
     * dialogue's commitments once per membership.
     */
    private static void membershipThemes(DatasetGraph dataset, Map<Node, Statements> keys) {
        Map<Node, Set<Node>> themes = new HashMap<>();
        keys.forEach((m, own) -> {
            if (!own.has(ORG.member)) {
                return;
            }
            Set<Node> found = new HashSet<>();
            for (Node d : own.objects(ORG.organization)) {
                found.addAll(themes.computeIfAbsent(d, x -> themesOf(dataset, x, keys.keySet())));
            }
            found.forEach(t -> DerivedNodes.add(dataset, m, MDKG.term("themeKey"), t));
        });
    }

    /** The themes of the commitments of a dialogue, in one query. */
    private static final Query DIALOGUE_THEMES =
            QueryFactory.create(PREFIXES + "SELECT DISTINCT ?c ?t { ?c mdkg:inDialogue ?d ; dct:subject ?t }");

    /**
     * The themes of the commitments in a dialogue, as {@code dataset}, this step's view, holds them. The dialogue of
     * a commitment among {@code keys} is this step's own output, re-derived in the view; that of any other is as the
     * store holds it, so those are read in one query over the store itself ({@link Overlay#rulesSource}, TDB2's
     * engine): a dialogue can have thousands of commitments, and the view finds one triple pattern at a time.
     */
    private static Set<Node> themesOf(DatasetGraph dataset, Node dialogue, Set<Node> keys) {
        Set<Node> themes = new HashSet<>();
        QueryExec.dataset(Overlay.rulesSource(dataset))
                .query(DIALOGUE_THEMES)
                .substitution("d", dialogue)
                .select()
                .forEachRemaining(b -> {
                    if (!keys.contains(b.get("c"))) {
                        themes.add(b.get("t"));
                    }
                });
        for (Node c : keys) {
            if (dataset.contains(Node.ANY, c, MDKG.inDialogue, dialogue)) {
                dataset.find(Node.ANY, c, DCTerms.subject.asNode(), Node.ANY)
                        .forEachRemaining(t -> themes.add(t.getObject()));
            }
        }
        return themes;
    }

    /** Reads (commitment, date) rows, keeping the earliest date per commitment. */
    private static Map<Node, LocalDate> dates(DatasetGraph dataset, String query, Map<String, Set<Node>> focus) {
        Map<Node, LocalDate> result = new HashMap<>();
        Focus.select(dataset, query, focus, b -> {
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
