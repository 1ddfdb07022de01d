package org.mdkg.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.Prefixes;

/**
 * Precomputes the scorecards and coverage matrices into the derived graph, so that their named queries read a
 * few dozen nodes instead of aggregating every commitment (which takes seconds on a graph of 10^6 triples).
 * A scorecard entry ({@code mdkg:ScorecardEntry}) has {@code mdkg:scorecardKind} "process", "framework" or
 * "actor", {@code mdkg:scorecardOf} the group, the commitment count, one count per current status, the share
 * complete, and the median months to first evidence. A coverage cell ({@code mdkg:CoverageCell}) has a
 * framework element, a dialogue, and the counts of commitments and of commitments with evidence. Groups follow
 * the links of {@link CommitmentContext}, which must run first. Entries and cells have IRIs made from their group
 * ({@code …/id/derived/scorecard/process/process/rabat}, {@code …/id/derived/coverage/<element>/<dialogue>}). A
 * write recomputes the groups and elements of the commitments whose status, evidence or links it changed.
 */
final class Scorecards extends Step {
    private static final String PREFIXES = Prefixes.sparql();
    private static final String STATUS = MDKG.ID + "status/";
    /** Scorecard kind and the commitment-to-group link it uses. */
    static final Map<String, String> KINDS =
            Map.of("process", "mdkg:inDialogue", "framework", "mdkg:servesFramework", "actor", "mdkg:madeBy");
    /** Status slug and the count property it is written with. */
    static final Map<String, String> STATUS_COUNTS = new LinkedHashMap<>();

    static {
        STATUS_COUNTS.put("no-evidence", "noEvidenceCount");
        STATUS_COUNTS.put("not-started", "notStartedCount");
        STATUS_COUNTS.put("limited", "limitedCount");
        STATUS_COUNTS.put("substantial", "substantialCount");
        STATUS_COUNTS.put("complete", "completeCount");
        STATUS_COUNTS.put("failed", "failedCount");
    }

    private static final Dependencies DEPENDENCIES = new Dependencies(
            Set.of(
                    RDF.type.asNode(),
                    MDKG.currentStatus,
                    MDKG.monthsToFirstEvidence,
                    MDKG.term("evidenced"),
                    MDKG.inDialogue,
                    MDKG.servesFramework,
                    MDKG.madeBy,
                    MDKG.servesElement),
            Set.of(MDKG.inDialogue, MDKG.servesFramework, MDKG.madeBy, MDKG.servesElement),
            "?n mdkg:inDialogue|mdkg:servesFramework|mdkg:madeBy|mdkg:servesElement ?k",
            "");

    /** The entries of the keys as groups, and the coverage cells of the keys as framework elements. */
    Scorecards() {
        super("scorecards and coverage", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        Set<Node> subjects = new HashSet<>(Focus.derivedSubjects(dataset, keys, MDKG.coverageElement));
        keys.forEach(k -> KINDS.keySet().forEach(kind -> subjects.add(DerivedNodes.iri("scorecard", kind, k))));
        return Focus.about(dataset, subjects, null);
    }

    /** The scorecards of the groups and the coverage cells of the elements among {@code keys} (all when null). */
    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        Map<String, Map<Node, Set<Node>>> groups = new HashMap<>();
        KINDS.forEach((kind, link) -> groups.put(
                kind,
                invert(pairs(dataset, "SELECT ?a ?b { #FOCUS(?b) ?a a mdkg:Commitment ; " + link + " ?b }", keys))));
        Map<Node, Set<Node>> byElement =
                invert(pairs(dataset, "SELECT ?a ?b { #FOCUS(?b) ?a mdkg:servesElement ?b }", keys));
        Set<Node> involved = null;
        if (keys != null) {
            involved = new HashSet<>();
            for (Map<Node, Set<Node>> g : groups.values()) {
                g.values().forEach(involved::addAll);
            }
            byElement.values().forEach(involved::addAll);
        }
        Map<Node, Node> status = new HashMap<>();
        pairs(dataset, "SELECT ?a ?b { #FOCUS(?a) ?a mdkg:currentStatus ?b }", involved, "a")
                .forEach((c, values) -> status.put(c, values.get(0)));
        Map<Node, Long> months = new HashMap<>();
        pairs(dataset, "SELECT ?a ?b { #FOCUS(?a) ?a mdkg:monthsToFirstEvidence ?b }", involved, "a")
                .forEach((c, m) -> months.put(c, Long.parseLong(m.get(0).getLiteralLexicalForm())));
        Set<Node> evidenced = pairs(dataset, "SELECT ?a ?b { #FOCUS(?a) ?a mdkg:evidenced ?b }", involved, "a")
                .keySet();
        groups.forEach((kind, members) -> members.forEach(
                (group, commitments) -> scorecard(dataset, kind, group, commitments, status, months, evidenced)));
        Map<Node, List<Node>> dialogues =
                pairs(dataset, "SELECT ?a ?b { #FOCUS(?a) ?a mdkg:inDialogue ?b }", involved, "a");
        byElement.forEach((element, commitments) -> {
            Map<Node, Set<Node>> byDialogue = new HashMap<>();
            commitments.forEach(c -> dialogues
                    .getOrDefault(c, List.of())
                    .forEach(d ->
                            byDialogue.computeIfAbsent(d, k -> new HashSet<>()).add(c)));
            byDialogue.forEach((dialogue, cs) -> coverageCell(dataset, element, dialogue, cs, evidenced));
        });
    }

    private static void scorecard(
            DatasetGraph dataset,
            String kind,
            Node group,
            Set<Node> commitments,
            Map<Node, Node> status,
            Map<Node, Long> months,
            Set<Node> evidenced) {
        Node entry = DerivedNodes.iri("scorecard", kind, group);
        add(dataset, entry, RDF.type.asNode(), MDKG.ScorecardEntry);
        add(dataset, entry, MDKG.scorecardKind, NodeFactory.createLiteralString(kind));
        add(dataset, entry, MDKG.scorecardOf, group);
        count(dataset, entry, "commitmentCount", commitments.size());
        STATUS_COUNTS.forEach((slug, property) -> count(
                dataset,
                entry,
                property,
                commitments.stream()
                        .filter(c -> (STATUS + slug).equals(uri(status.get(c))))
                        .count()));
        count(
                dataset,
                entry,
                "notAssessedCount",
                commitments.stream().filter(c -> !status.containsKey(c)).count());
        count(
                dataset,
                entry,
                "evidencedCount",
                commitments.stream().filter(evidenced::contains).count());
        long complete = commitments.stream()
                .filter(c -> (STATUS + "complete").equals(uri(status.get(c))))
                .count();
        decimal(
                dataset,
                entry,
                "shareImplemented",
                BigDecimal.valueOf(complete).divide(BigDecimal.valueOf(commitments.size()), 3, RoundingMode.HALF_UP));
        List<Long> values = new ArrayList<>();
        commitments.stream().filter(months::containsKey).forEach(c -> values.add(months.get(c)));
        count(dataset, entry, "withEvidenceDateCount", values.size());
        if (!values.isEmpty()) {
            decimal(dataset, entry, "medianMonthsToFirstEvidence", median(values));
        }
    }

    private static void coverageCell(
            DatasetGraph dataset, Node element, Node dialogue, Set<Node> commitments, Set<Node> evidenced) {
        Node cell = DerivedNodes.iri("coverage", element, dialogue);
        add(dataset, cell, RDF.type.asNode(), MDKG.CoverageCell);
        add(dataset, cell, MDKG.coverageElement, element);
        add(dataset, cell, MDKG.coverageDialogue, dialogue);
        count(dataset, cell, "commitmentCount", commitments.size());
        count(
                dataset,
                cell,
                "evidencedCount",
                commitments.stream().filter(evidenced::contains).count());
    }

    /** Rows of a two-column query, as a multimap from ?a to its ?b values; {@code ?b} restricted to {@code keys}. */
    private static Map<Node, List<Node>> pairs(DatasetGraph dataset, String query, Set<Node> keys) {
        return pairs(dataset, query, keys, "b");
    }

    /** Rows of a two-column query with {@code var} restricted to {@code values} (unrestricted when null). */
    private static Map<Node, List<Node>> pairs(DatasetGraph dataset, String query, Set<Node> values, String var) {
        Map<Node, List<Node>> map = new HashMap<>();
        if (values != null && values.isEmpty()) {
            return map;
        }
        Focus.select(
                dataset,
                PREFIXES + query,
                var,
                values,
                b -> map.computeIfAbsent(b.get("a"), k -> new ArrayList<>()).add(b.get("b")));
        return map;
    }

    private static Map<Node, Set<Node>> invert(Map<Node, List<Node>> map) {
        Map<Node, Set<Node>> inverted = new HashMap<>();
        map.forEach((a, bs) -> bs.forEach(
                b -> inverted.computeIfAbsent(b, k -> new HashSet<>()).add(a)));
        return inverted;
    }

    private static String uri(Node n) {
        return n == null || !n.isURI() ? null : n.getURI();
    }

    private static void count(DatasetGraph dataset, Node s, String property, long value) {
        add(dataset, s, MDKG.term(property), DerivedNodes.integer(value));
    }

    private static void decimal(DatasetGraph dataset, Node s, String property, BigDecimal value) {
        add(dataset, s, MDKG.term(property), DerivedNodes.decimal(value));
    }

    private static void add(DatasetGraph dataset, Node s, Node p, Node o) {
        DerivedNodes.add(dataset, s, p, o);
    }

    /** The median of a non-empty list; the mean of the two middle values when the count is even. */
    static BigDecimal median(List<Long> list) {
        List<Long> sorted = list.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(n / 2));
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
