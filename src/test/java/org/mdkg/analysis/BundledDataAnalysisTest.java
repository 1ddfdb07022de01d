package org.mdkg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.query.NamedQuery;

/**
 * The analysis queries on the bundled ontology and data. Where the issue does not state the answer, the
 * expectation is computed from the data by a separate, plain query.
 */
class BundledDataAnalysisTest {
    private static final String ID = AnalysisStore.ID;
    private static final String PREFIXES = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path tmp;

    static AnalysisStore store;

    @BeforeAll
    static void load() {
        store = AnalysisStore.load(tmp.resolve("db"), List.of(Path.of("ontology"), Path.of("data")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void the_niger_joint_investigation_team_commitment_is_implemented() {
        var lineage = store.run("commitment-lineage", "commitment", "c24");
        assertTrue(
                lineage.stream()
                        .anyMatch(r -> "current-status".equals(r.get("relation"))
                                && (ID + "status/complete").equals(r.get("item"))),
                lineage.toString());
        assertTrue(lineage.stream()
                .anyMatch(r -> "implemented-by".equals(r.get("relation"))
                        && (ID + "programme/eci-niger").equals(r.get("item"))));
        assertFalse(column(store.run("unimplemented-commitments"), "commitment").contains(ID + "commitment/c24"));
    }

    @Test
    void the_cadiz_visa_facilitation_objective_has_no_evidence() {
        var rows = store.run("unimplemented-commitments", "process", "rabat");
        var c07 = rows.stream()
                .filter(r -> (ID + "commitment/c07").equals(r.get("commitment")))
                .findFirst()
                .orElseThrow();
        assertEquals(ID + "status/no-evidence", c07.get("latestStatus"));
        assertEquals("0", c07.get("evidenceCount"));
        assertFalse(c07.get("source").isBlank(), "the source of the last assessment is given");
    }

    @Test
    void rabat_and_khartoum_shared_members_are_exactly_the_states_the_membership_data_has_in_both() {
        var expected = column(store.select(PREFIXES + """
                SELECT DISTINCT ?state {
                  ?m1 org:organization <https://w3id.org/mdkg/id/process/rabat> ; org:member ?state ;
                      org:role <https://w3id.org/mdkg/id/membership-role/member> .
                  ?m2 org:organization <https://w3id.org/mdkg/id/process/khartoum> ; org:member ?state ;
                      org:role <https://w3id.org/mdkg/id/membership-role/member> .
                  ?state a mdkg:State .
                  FILTER NOT EXISTS { ?m1 mdkg:endDate ?e1 FILTER(YEAR(NOW()) > xsd:integer(SUBSTR(STR(?e1), 1, 4))) }
                  FILTER NOT EXISTS { ?m2 mdkg:endDate ?e2 FILTER(YEAR(NOW()) > xsd:integer(SUBSTR(STR(?e2), 1, 4))) }
                }"""), "state");
        assertFalse(expected.isEmpty());
        assertEquals(expected, column(store.run("shared-members", "process", "rabat", "process", "khartoum"), "state"));
    }

    @Test
    void the_gcm_coverage_matrix_has_one_cell_per_objective_and_dialogue() {
        var counts = store.select(PREFIXES + """
                SELECT (COUNT(DISTINCT ?o) AS ?objectives) (COUNT(DISTINCT ?d) AS ?dialogues) {
                  { ?o a mdkg:GCMObjective } UNION
                  { ?d a ?c VALUES ?c { mdkg:Dialogue mdkg:RegionalConsultativeProcess mdkg:InterRegionalForum
                                        mdkg:BilateralDialogue } }
                }""").get(0);
        int cells = Integer.parseInt(counts.get("objectives")) * Integer.parseInt(counts.get("dialogues"));
        assertEquals(cells, store.run("coverage-gcm").size());
    }

    @Test
    void every_commitment_of_a_process_scorecard_has_exactly_one_status_or_none() {
        for (var row : store.run("scorecard-process")) {
            int sum = 0;
            for (String c : List.of(
                    "statusNoEvidence",
                    "statusNotStarted",
                    "statusLimited",
                    "statusSubstantial",
                    "statusComplete",
                    "statusFailed",
                    "notAssessed")) {
                sum += Integer.parseInt(row.get(c));
            }
            assertEquals(Integer.parseInt(row.get("commitments")), sum, row.toString());
        }
    }

    @Test
    void the_unimplemented_list_without_filters_holds_every_no_evidence_or_not_started_commitment() {
        var expected = column(store.select(PREFIXES + """
                SELECT ?c { ?c mdkg:currentStatus ?s
                  FILTER(?s IN (<https://w3id.org/mdkg/id/status/no-evidence>, <https://w3id.org/mdkg/id/status/not-started>))
                  FILTER NOT EXISTS { ?newer mdkg:supersedes ?c }
                  FILTER NOT EXISTS { ?c mdkg:lifecycle ?l FILTER(?l IN (<https://w3id.org/mdkg/id/lifecycle/superseded>,
                                                                       <https://w3id.org/mdkg/id/lifecycle/withdrawn>)) } }
                """), "c");
        assertTrue(column(store.run("unimplemented-commitments"), "commitment").containsAll(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unimplemented-commitments",
                "commitment-lineage",
                "status-as-of",
                "scorecard-process",
                "scorecard-framework",
                "scorecard-actor",
                "coverage-gcm",
                "coverage-jvap",
                "shared-members",
                "route-countries",
                "neighbours-of-neighbours",
                "overlapping-initiatives",
                "partnership-assessment",
                "gsp-completeness",
                "stakeholders"
            })
    void each_analysis_answers_as_its_header_example_promises(String id) {
        NamedQuery named = AnalysisStore.named(id);
        var rows = store.run(named, exampleParams(named));
        Map<?, ?> expect = (Map<?, ?>) named.example().getOrDefault("expect", Map.of());
        if (expect.get("minRows") instanceof Number min) {
            assertTrue(rows.size() >= min.intValue(), id + ": " + rows.size() + " rows");
        }
        if (expect.get("rows") instanceof Number exact) {
            assertEquals(exact.intValue(), rows.size(), id);
        }
        for (Map<?, ?> wanted : containsList(expect.get("contains"))) {
            assertTrue(
                    rows.stream()
                            .anyMatch(r -> wanted.entrySet().stream()
                                    .allMatch(e ->
                                            String.valueOf(e.getValue()).equals(r.get(String.valueOf(e.getKey()))))),
                    id + " has no row with " + wanted);
        }
    }

    private static Map<String, List<String>> exampleParams(NamedQuery named) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (named.example().get("params") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> params.put(
                    String.valueOf(k),
                    v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(v))));
        }
        return params;
    }

    private static List<Map<?, ?>> containsList(Object contains) {
        List<Map<?, ?>> list = new ArrayList<>();
        if (contains instanceof Map<?, ?> one) {
            list.add(one);
        } else if (contains instanceof List<?> many) {
            many.stream().filter(Map.class::isInstance).forEach(m -> list.add((Map<?, ?>) m));
        }
        return list;
    }
}
