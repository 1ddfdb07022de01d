package org.mdkg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;

/** The analysis queries on a small fixture built for their edge cases; "today" is fixed at 2026-01-01. */
class AnalysisQueriesTest {
    private static final String TODAY = "2026-01-01";
    private static final String ID = AnalysisStore.ID;

    @TempDir
    static Path tmp;

    static AnalysisStore store;

    @BeforeAll
    static void load() {
        store = AnalysisStore.load(tmp.resolve("db"), List.of(Fixtures.path("analysis", "analysis.ttl")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> split(String concatenated) {
        return split(concatenated, "; ");
    }

    private static Set<String> split(String concatenated, String separator) {
        return new TreeSet<>(List.of(concatenated.split(separator)));
    }

    private static Map<String, String> row(List<Map<String, String>> rows, Predicate<Map<String, String>> which) {
        return rows.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such row in " + rows));
    }

    private static Predicate<Map<String, String>> where(String var, String value) {
        return r -> value.equals(r.get(var));
    }

    @Test
    void unimplemented_lists_no_evidence_not_started_never_assessed_and_overdue_commitments() {
        var rows = store.run("unimplemented-commitments", "today", TODAY);
        assertEquals(Set.of("K1", "K2", "K3", "K5"), column(rows, "code"));
    }

    @Test
    void unimplemented_shows_the_latest_assessment_with_its_source_and_assessor() {
        var k1 = row(store.run("unimplemented-commitments", "today", TODAY), where("code", "K1"));
        assertEquals(ID + "status/no-evidence", k1.get("latestStatus"));
        assertEquals("2020-01-01", k1.get("latestDate"));
        assertEquals(ID + "org/watch", k1.get("assessedBy"));
        assertEquals("https://example.org/s1", k1.get("source"));
        assertEquals(ID + "process/pa", k1.get("madeBy"));
        assertEquals(ID + "document/pa-plan-2015", k1.get("document"));
    }

    @Test
    void unimplemented_breaks_a_date_tie_in_favour_of_the_independent_assessment() {
        var k2 = row(store.run("unimplemented-commitments", "today", TODAY), where("code", "K2"));
        assertEquals(ID + "status/not-started", k2.get("latestStatus"));
        assertEquals("https://example.org/s2", k2.get("source"));
    }

    @Test
    void unimplemented_counts_months_overdue_from_the_due_date_and_evidence_once() {
        var k5 = row(store.run("unimplemented-commitments", "today", TODAY), where("code", "K5"));
        assertEquals("60", k5.get("monthsOverdue"));
        assertEquals("1", k5.get("evidenceCount"));
        assertEquals("due date passed without a complete assessment", k5.get("reason"));
    }

    @Test
    void a_never_assessed_commitment_takes_its_adoption_date_from_the_meeting_that_adopted_its_document() {
        var k3 = row(store.run("unimplemented-commitments", "today", TODAY), where("code", "K3"));
        assertEquals("2015-06-01", k3.get("adopted"));
        assertEquals("127", k3.get("monthsSinceAdoption"));
        assertEquals("never assessed", k3.get("reason"));
        assertNull(k3.get("latestStatus"));
        assertTrue(k3.get("assessedBy") == null || k3.get("assessedBy").isEmpty(), k3.toString());
        assertTrue(k3.get("source") == null || k3.get("source").isEmpty(), k3.toString());
    }

    @Test
    void a_recent_never_assessed_commitment_is_listed_only_when_the_month_threshold_is_lowered() {
        assertTrue(!column(store.run("unimplemented-commitments", "today", TODAY), "code")
                .contains("K4"));
        assertTrue(column(store.run("unimplemented-commitments", "today", TODAY, "months", "6"), "code")
                .contains("K4"));
    }

    @Test
    void superseded_commitments_are_left_out_unless_asked_for() {
        assertTrue(column(store.run("unimplemented-commitments", "today", TODAY, "includeSuperseded", "true"), "code")
                .contains("K8"));
    }

    @Test
    void unimplemented_filters_by_process_framework_objective_actor_and_adoption_date() {
        assertEquals(Set.of(), column(store.run("unimplemented-commitments", "today", TODAY, "process", "pb"), "code"));
        assertEquals(
                Set.of("K1", "K5"),
                column(store.run("unimplemented-commitments", "today", TODAY, "framework", "jvap"), "code"));
        assertEquals(
                Set.of("K3"),
                column(store.run("unimplemented-commitments", "today", TODAY, "objective", "gcm/objective/5"), "code"));
        assertEquals(
                Set.of("K4"),
                column(
                        store.run("unimplemented-commitments", "today", TODAY, "months", "6", "actor", "state/BBB"),
                        "code"));
        assertEquals(
                Set.of("K4"),
                column(
                        store.run(
                                "unimplemented-commitments",
                                "today",
                                TODAY,
                                "months",
                                "6",
                                "adoptedFrom",
                                "2025-01-01"),
                        "code"));
        assertEquals(
                Set.of("K1", "K2", "K3", "K5"),
                column(store.run("unimplemented-commitments", "today", TODAY, "country", "AAA"), "code"));
    }

    @Test
    void status_as_of_a_past_date_uses_only_the_assessments_made_by_then() {
        var rows = store.run("status-as-of", "date", "2019-01-01");
        assertEquals(ID + "status/not-started", row(rows, where("code", "K10")).get("status"));
        assertEquals(ID + "status/limited", row(rows, where("code", "K1")).get("status"));
        assertNull(row(rows, where("code", "K9")).get("status"));
        assertTrue(!column(rows, "code").contains("K4"), "K4 was adopted in 2025");
        var later = store.run("status-as-of", "date", "2023-06-01");
        assertEquals(ID + "status/limited", row(later, where("code", "K10")).get("status"));
        assertEquals(ID + "status/not-started", row(later, where("code", "K2")).get("status"));
        assertEquals(1, later.stream().filter(where("code", "K2")).count());
    }

    @Test
    void lineage_follows_supersession_restatement_alignment_and_implementation() {
        var rows = store.run("commitment-lineage", "commitment", "k9");
        assertEquals(
                ID + "commitment/k8", row(rows, where("relation", "supersedes")).get("item"));
        assertEquals(
                ID + "commitment/k1", row(rows, where("relation", "restates")).get("item"));
        assertEquals(
                ID + "framework/gcm/objective/2",
                row(rows, where("relation", "serves")).get("item"));
        assertEquals(
                ID + "programme/p2",
                row(rows, where("relation", "implemented-by")).get("item"));
        assertEquals(ID + "org/fund-two", row(rows, where("relation", "funder")).get("item"));
        assertEquals(
                ID + "org/diaspora", row(rows, where("relation", "implementer")).get("item"));
        assertEquals(
                ID + "status/complete",
                row(rows, where("relation", "current-status")).get("item"));
        assertEquals(
                "complete, independent, by Migration Watch",
                row(rows, where("relation", "assessment")).get("detail"));
        assertEquals(
                ID + "commitment/k9",
                row(store.run("commitment-lineage", "commitment", "k8"), where("relation", "superseded-by"))
                        .get("item"));
    }

    @Test
    void lineage_reaches_the_meeting_and_the_objective_through_the_document_part() {
        var rows = store.run("commitment-lineage", "commitment", "k10");
        assertEquals(
                ID + "meeting/pa-2015-first",
                row(rows, where("relation", "adopted-at")).get("item"));
        assertEquals(
                ID + "document/pa-plan-2015",
                row(rows, where("relation", "in-document")).get("item"));
        var serves = row(rows, where("relation", "serves"));
        assertEquals(ID + "framework/gcm/objective/5", serves.get("item"));
        assertEquals("GCMObjective, through the document part it is stated in", serves.get("detail"));
        assertEquals(2, rows.stream().filter(where("relation", "assessment")).count());
    }

    @Test
    void scorecard_per_process_counts_statuses_share_and_median_months_to_first_evidence() {
        var pa = row(store.run("scorecard-process"), where("process", ID + "process/pa"));
        assertEquals("8", pa.get("commitments"));
        assertEquals("2", pa.get("statusNoEvidence"));
        assertEquals("1", pa.get("statusNotStarted"));
        assertEquals("3", pa.get("statusLimited"));
        assertEquals("1", pa.get("statusComplete"));
        assertEquals("1", pa.get("notAssessed"));
        assertEquals(0.125, Double.parseDouble(pa.get("shareImplemented")));
        assertEquals(31.0, Double.parseDouble(pa.get("medianMonthsToFirstEvidence")));
        var pb = row(store.run("scorecard-process", "process", "pb"), where("process", ID + "process/pb"));
        assertEquals("2", pb.get("commitments"));
        assertEquals(35.0, Double.parseDouble(pb.get("medianMonthsToFirstEvidence")));
    }

    @Test
    void scorecards_per_framework_and_actor_group_commitments_by_framework_and_maker() {
        var frameworks = store.run("scorecard-framework");
        assertEquals(
                "2", row(frameworks, where("framework", ID + "framework/jvap")).get("commitments"));
        assertEquals(
                "3", row(frameworks, where("framework", ID + "framework/gcm")).get("commitments"));
        var bland = row(store.run("scorecard-actor", "actor", "state/BBB"), where("actor", ID + "state/BBB"));
        assertEquals("1", bland.get("commitments"));
        assertEquals("1", bland.get("notAssessed"));
        assertNull(bland.get("medianMonthsToFirstEvidence"));
    }

    @Test
    void coverage_matrix_has_every_cell_including_the_empty_gaps() {
        var gcm = store.run("coverage-gcm");
        assertEquals(4, gcm.size());
        var o5pa = row(
                gcm,
                r -> r.get("element").endsWith("objective/5")
                        && r.get("process").endsWith("process/pa"));
        assertEquals("2", o5pa.get("commitments"));
        assertEquals("1", o5pa.get("withEvidence"));
        var o5pb = row(
                gcm,
                r -> r.get("element").endsWith("objective/5")
                        && r.get("process").endsWith("process/pb"));
        assertEquals("0", o5pb.get("commitments"));
        var jvap = store.run("coverage-jvap", "process", "pa");
        var d1 = row(jvap, r -> r.get("element").endsWith("domain/1"));
        assertEquals("1", d1.get("commitments"));
        assertEquals("0", d1.get("withEvidence"));
        assertEquals(2, jvap.size());
    }

    @Test
    void shared_members_are_the_states_that_are_members_of_both_processes_not_observers() {
        assertEquals(
                Set.of(ID + "state/BBB", ID + "state/CCC"),
                column(store.run("shared-members", "process", "pa", "process", "pb"), "state"));
        assertEquals(
                Set.of(),
                column(store.run("shared-members", "process", "pa", "process", "pb", "role", "observer"), "state"));
    }

    @Test
    void route_countries_come_in_order_with_roles_and_processes() {
        var rows = store.run("route-countries", "route", "r1");
        assertEquals(
                List.of(ID + "country/AAA", ID + "country/BBB", ID + "country/DDD"),
                rows.stream().map(r -> r.get("country")).toList());
        assertEquals("origin", rows.get(0).get("roles"));
        assertEquals("2", rows.get(1).get("processCount"));
        assertTrue(rows.get(2).get("processes").contains("Process A (observer)"));
    }

    @Test
    void neighbours_of_neighbours_reach_two_borders_in_either_direction() {
        var rows = store.run("neighbours-of-neighbours", "country", "AAA");
        assertEquals(Set.of(ID + "country/BBB", ID + "country/CCC"), column(rows, "neighbour"));
        var cland = row(rows, where("neighbour", ID + "country/CCC"));
        assertEquals("2", cland.get("distance"));
        assertEquals(ID + "country/BBB", cland.get("via"));
        assertEquals(Set.of(ID + "process/pa", ID + "process/pb"), split(cland.get("processes"), " "));
        assertEquals(
                Set.of(ID + "country/BBB"),
                column(store.run("neighbours-of-neighbours", "country", "AAA", "maxDistance", "1"), "neighbour"));
    }

    @Test
    void overlapping_initiatives_pair_programmes_with_shared_country_theme_and_years_but_other_funders() {
        var rows = store.run("overlapping-initiatives");
        assertEquals(1, rows.size(), rows.toString());
        var pair = rows.get(0);
        assertEquals(ID + "programme/p1", pair.get("first"));
        assertEquals(ID + "programme/p2", pair.get("second"));
        assertEquals(ID + "country/AAA", pair.get("sharedCountries"));
        assertEquals(ID + "theme/labour-migration", pair.get("sharedThemes"));
        assertEquals("2019", pair.get("overlapFrom"));
        assertEquals("2020", pair.get("overlapTo"));
        assertEquals(ID + "org/fund-one", pair.get("firstFunders"));
        assertEquals(ID + "org/fund-two", pair.get("secondFunders"));
    }

    @Test
    void partnership_assessment_shows_each_indicator_with_its_facts() {
        var rows = store.run("partnership-assessment", "programme", "p1");
        assertEquals(14, rows.size());
        assertTrue(row(rows, where("indicator", "origin-and-destination-partners"))
                .get("facts")
                .contains("Aland and Cland"));
        assertTrue(row(rows, where("indicator", "co-chaired-dialogue"))
                .get("facts")
                .contains("co-chaired by"));
        assertTrue(row(rows, where("indicator", "joint-documents")).get("facts").contains("K5"));
        assertTrue(row(rows, where("indicator", "involves-civil-society-organisation"))
                .get("facts")
                .contains("Migration Watch is implementer of Project Three"));
        assertEquals(
                "false",
                row(rows, where("indicator", "involves-diaspora-organisation")).get("holds"));
        String noFacts =
                row(rows, where("indicator", "involves-diaspora-organisation")).get("facts");
        assertTrue(noFacts == null || noFacts.isEmpty(), noFacts);
        assertEquals(
                "true",
                row(rows, where("indicator", "partner-government-involved")).get("holds"));
        assertEquals(
                "false",
                row(rows, where("indicator", "return-without-legal-pathway")).get("holds"));
        var p2 = store.run("partnership-assessment", "programme", "p2", "criterion", "inclusive");
        assertEquals(6, p2.size());
        assertEquals(
                "true",
                row(p2, where("indicator", "involves-diaspora-organisation")).get("holds"));
    }

    @Test
    void gsp_completeness_reads_each_element_from_the_facts_the_graph_records() {
        var rows = store.run("gsp-completeness");
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(where("programme", ID + "programme/p5")));
        assertTrue(row(rows, where("element", ID + "gsp-element/sectors"))
                .get("facts")
                .contains("ICT"));
        assertTrue(row(rows, where("element", ID + "gsp-element/financing"))
                .get("facts")
                .contains("budget 1000000"));
        assertEquals(
                "true",
                row(rows, where("element", ID + "gsp-element/mutual-benefit")).get("specified"));
        assertEquals(
                "true",
                row(rows, where("element", ID + "gsp-element/employment-destination"))
                        .get("specified"));
        assertEquals(
                "false",
                row(rows, where("element", ID + "gsp-element/employment-return"))
                        .get("specified"));
    }

    @Test
    void stakeholders_of_a_theme_list_makers_with_their_commitments_funders_and_monitors() {
        var rows = store.run("stakeholders", "theme", "labour-migration");
        var maker =
                row(rows, r -> "maker".equals(r.get("role")) && r.get("actor").endsWith("process/pa"));
        assertEquals("2", maker.get("count"));
        assertEquals(Set.of("K3", "K5"), split(maker.get("items")));
        assertEquals(
                "3",
                row(rows, r -> "funder".equals(r.get("role")) && r.get("actor").endsWith("org/fund-two"))
                        .get("count"));
        assertTrue(rows.stream()
                .anyMatch(r -> "monitor".equals(r.get("role")) && r.get("actor").endsWith("org/watch")));
        assertTrue(rows.stream()
                .anyMatch(
                        r -> "co-chair".equals(r.get("role")) && r.get("actor").endsWith("state/CCC")));
    }

    @Test
    void stakeholders_of_a_country_are_the_actors_working_there_and_its_own_memberships() {
        var rows = store.run("stakeholders", "country", "DDD");
        Set<String> pairs = rows.stream()
                .map(r -> r.get("role") + " " + r.get("actor").substring(ID.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                Set.of("funder org/fund-one", "implementer org/employers", "member state/DDD", "observer state/DDD"),
                pairs);
    }
}
