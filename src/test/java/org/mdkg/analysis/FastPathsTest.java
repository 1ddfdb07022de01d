package org.mdkg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.Fixtures;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryEvaluator;

/**
 * Every fast path gives exactly the rows of its query text (same terms, same order): {@code
 * unimplemented-commitments} on the edge-case fixture and on the bundled data, for every kind of parameter; {@code
 * search} on the bundled data for words in English and French, with and without accents, in any case, ones that
 * match hundreds of resources and ones that match none.
 */
class FastPathsTest {
    private static final NamedQuery QUERY = AnalysisStore.named("unimplemented-commitments");
    private static final UnimplementedCommitments EVALUATOR = new UnimplementedCommitments();
    private static final NamedQuery SEARCH = AnalysisStore.named("search");
    private static final SearchMatches SEARCH_EVALUATOR = new SearchMatches();
    private static final NamedQuery LISTING = AnalysisStore.named("commitments");
    private static final CommitmentListing LISTING_EVALUATOR = new CommitmentListing();
    private static final NamedQuery AS_OF = AnalysisStore.named("status-as-of");
    private static final StatusAsOf AS_OF_EVALUATOR = new StatusAsOf();

    @TempDir
    static Path tmp;

    static AnalysisStore fixture;
    static AnalysisStore bundled;
    static AnalysisStore listing;

    @BeforeAll
    static void load() {
        fixture = AnalysisStore.load(tmp.resolve("fixture"), List.of(Fixtures.path("analysis", "analysis.ttl")));
        bundled = AnalysisStore.load(tmp.resolve("bundled"), List.of(Path.of("ontology"), Path.of("data")));
        listing = AnalysisStore.load(
                tmp.resolve("listing"),
                List.of(Fixtures.path("analysis", "analysis.ttl"), Fixtures.path("analysis", "listing.ttl")));
    }

    @AfterAll
    static void close() {
        fixture.close();
        bundled.close();
        listing.close();
    }

    static Stream<String> fixtureParams() {
        return Stream.of(
                "today=2026-01-01",
                "today=2026-01-01 months=6",
                "today=2026-01-01 months=0",
                "today=2026-01-01 includeSuperseded=true",
                "today=2026-01-01 process=pb",
                "today=2026-01-01 process=pa process=pb",
                "today=2026-01-01 framework=jvap",
                "today=2026-01-01 objective=gcm/objective/5",
                "today=2026-01-01 months=6 actor=state/BBB",
                "today=2026-01-01 months=6 adoptedFrom=2025-01-01",
                "today=2026-01-01 adoptedTo=2016-01-01",
                "today=2026-01-01 country=AAA",
                "today=2026-01-01 country=AAA country=BBB",
                "today=2019-01-01",
                "today=2015-06-01",
                "today=2030-06-15 months=1",
                "today=2026-01-01 months=127",
                "today=2017-06-01",
                "today=2017-05-31",
                "today=2020-12-31",
                "today=2021-01-01",
                "today=2021-01-31",
                "today=2021-03-01",
                "");
    }

    static Stream<String> bundledParams() {
        return Stream.of(
                "",
                "today=2026-01-31",
                "process=rabat",
                "process=khartoum process=rabat",
                "framework=jvap",
                "objective=gcm/objective/5",
                "country=NER",
                "country=NER country=SEN",
                "actor=process/rabat",
                "today=2020-01-01",
                "months=0",
                "includeSuperseded=true today=2024-06-30",
                "adoptedFrom=2015-01-01 adoptedTo=2016-12-31",
                "process=rabat framework=jvap today=2026-01-01");
    }

    @ParameterizedTest
    @MethodSource("fixtureParams")
    void gives_the_rows_of_the_query_text_on_the_fixture(String params) {
        assertSameRows(fixture, params);
    }

    @ParameterizedTest
    @MethodSource("bundledParams")
    void gives_the_rows_of_the_query_text_on_the_bundled_data(String params) {
        assertSameRows(bundled, params);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rabat",
                "processus de rabat",
                "RABAT",
                "migration",
                "développement",
                "developpement",
                "DÉVELOPPEMENT",
                "coopération",
                "ç",
                "e",
                "a",
                "  de  ",
                "2015",
                "objective",
                "objectif",
                "Khartoum Process",
                "valletta",
                "no such words anywhere"
            })
    void search_gives_the_rows_of_its_query_text_on_the_bundled_data(String q) {
        Map<String, List<String>> raw = Map.of("q", List.of(q));
        assertEquals(bundled.terms(SEARCH, raw), bundled.terms(SEARCH_EVALUATOR, SEARCH, raw), q);
    }

    @Test
    void the_search_comparison_covers_hundreds_of_resources() {
        int rows = bundled.terms(SEARCH, Map.of("q", List.of("e"))).size();
        assertTrue(rows > 500, rows + " rows for \"e\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "date=2026-02-01 process=rabat",
                "date=2026-12-01",
                "date=2030-01-01",
                "date=2024-06-30",
                "date=2020-01-01",
                "date=2018-11-12",
                "date=2016-01-01",
                "date=2015-11-12",
                "date=2006-07-11",
                "date=1990-01-01",
                "date=2026-01-01 process=khartoum process=rabat",
                "date=2026-01-01 framework=jvap",
                "date=2026-01-01 framework=gcm framework=jvap process=rabat",
                "date=2026-01-01 process=budapest",
                "date=2026-01-01 process=prague framework=gcm"
            })
    void status_as_of_gives_the_rows_of_its_query_text_on_the_bundled_data(String params) {
        assertSameRows(bundled, AS_OF, AS_OF_EVALUATOR, params);
    }

    @ParameterizedTest
    @ValueSource(strings = {"date=2026-01-01", "date=2021-06-01", "date=2010-01-01", "date=2026-01-01 process=pb"})
    void status_as_of_gives_the_rows_of_its_query_text_on_the_fixture(String params) {
        assertSameRows(fixture, AS_OF, AS_OF_EVALUATOR, params);
    }

    @Test
    void the_status_comparison_covers_assessed_and_unassessed_commitments() {
        List<Map<String, Node>> now = bundled.terms(AS_OF, parse("date=2026-12-01"));
        assertTrue(now.stream().anyMatch(r -> r.containsKey("status")), "some assessed");
        assertTrue(now.stream().anyMatch(r -> r.containsKey("assessedBy")), "some attributed");
        List<Map<String, Node>> then = bundled.terms(AS_OF, parse("date=2016-01-01"));
        assertTrue(then.stream().anyMatch(r -> !r.containsKey("status")), "some not yet assessed in 2016");
        assertTrue(then.size() < now.size(), "some adopted after 2016");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "process=pa",
                "process=pb process=pa",
                "process=pa process=pb",
                "status=limited",
                "status=complete status=limited",
                "from=2016-01-01",
                "to=2015-12-31",
                "from=2017-01-01 to=2018-12-31",
                "from=2019-05-06",
                "q=cooperation",
                "q=SECOND",
                "q=ouvrir",
                "q=corridors",
                "actor=state/CCC",
                "actor=org/employers actor=state/AAA",
                "country=CCC",
                "country=AAA country=DDD",
                "document=pa-plan-2015",
                "document=pb-declaration-2016",
                "framework=gcm",
                "framework=jvap",
                "objective=gcm/objective/2",
                "process=pa process=pb status=limited from=2015-01-01 q=labour"
            })
    void commitments_gives_the_rows_of_its_query_text_on_the_listing_fixture(String params) {
        assertSameRows(listing, LISTING, LISTING_EVALUATOR, params);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "process=rabat",
                "process=khartoum process=rabat",
                "framework=jvap",
                "framework=gcm framework=sdg",
                "objective=gcm/objective/5",
                "actor=state/MAR",
                "actor=org/icmpd",
                "country=NER country=SEN",
                "status=complete status=limited",
                "status=no-evidence",
                "from=2015-01-01 to=2016-12-31",
                "q=migration",
                "q=coopération",
                "process=rabat status=limited from=2018-01-01"
            })
    void commitments_gives_the_rows_of_its_query_text_on_the_bundled_data(String params) {
        assertSameRows(bundled, LISTING, LISTING_EVALUATOR, params);
    }

    @Test
    void the_listing_comparison_covers_commitments_with_several_rows() {
        List<Map<String, Node>> rows = listing.terms(LISTING, parse(""));
        long many = rows.stream()
                .filter(r -> r.get("commitment").getURI().endsWith("/many-1"))
                .count();
        assertTrue(many > 8, many + " rows for many-1");
        assertFalse(bundled.terms(LISTING, parse("process=rabat")).isEmpty());
    }

    static Stream<Arguments> fastPaths() {
        return Stream.of(
                Arguments.of(EVALUATOR, QUERY, UnimplementedCommitments.SPARQL_SHA256),
                Arguments.of(SEARCH_EVALUATOR, SEARCH, SearchMatches.SPARQL_SHA256),
                Arguments.of(AS_OF_EVALUATOR, AS_OF, StatusAsOf.SPARQL_SHA256),
                Arguments.of(LISTING_EVALUATOR, LISTING, CommitmentListing.SPARQL_SHA256));
    }

    @ParameterizedTest
    @MethodSource("fastPaths")
    void answers_for_the_shipped_query_and_not_for_an_edited_one(
            QueryEvaluator evaluator, NamedQuery query, String sha256) {
        assertEquals(
                sha256,
                FastPaths.fingerprint(query),
                "queries/" + query.id() + ".rq changed: update the fast path and its fingerprint");
        assertTrue(evaluator.evaluates(query));
        assertFalse(evaluator.evaluates(AnalysisStore.edited(query)));
    }

    @Test
    void the_bundled_data_has_gaps_for_the_comparison_to_be_worth_something() {
        assertFalse(fixture.terms(QUERY, parse("today=2026-01-01")).isEmpty());
        assertFalse(bundled.terms(QUERY, parse("")).isEmpty());
    }

    private static void assertSameRows(AnalysisStore store, String params) {
        assertSameRows(store, QUERY, EVALUATOR, params);
    }

    private static void assertSameRows(AnalysisStore store, NamedQuery query, QueryEvaluator evaluator, String params) {
        Map<String, List<String>> raw = parse(params);
        assertEquals(store.terms(query, raw), store.terms(evaluator, query, raw), params);
    }

    private static Map<String, List<String>> parse(String params) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (String kv : params.split(" ")) {
            if (!kv.isBlank()) {
                String[] parts = kv.split("=", 2);
                raw.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        return raw;
    }
}
