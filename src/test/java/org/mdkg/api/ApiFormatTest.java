package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFormatTest {
    @Test
    void accept_header_picks_the_best_ranked_format() {
        assertEquals(ApiFormat.JSON, ApiFormat.byAccept(null));
        assertEquals(ApiFormat.JSON, ApiFormat.byAccept("*/*"));
        assertEquals(ApiFormat.CSV, ApiFormat.byAccept("text/csv"));
        assertEquals(ApiFormat.JSON_LD, ApiFormat.byAccept("application/json;q=0.5, application/ld+json"));
        assertEquals(ApiFormat.TURTLE, ApiFormat.byAccept("text/turtle, */*;q=0.1"));
        assertEquals(ApiFormat.JSON, ApiFormat.byAccept("text/html, image/png"));
    }

    @Test
    void csv_quotes_cells_with_commas_quotes_and_newlines_and_flattens_nested_objects() {
        Map<String, Object> item =
                Map.of("id", "c1", "label", "a, \"b\"\nc", "process", Map.of("id", "rabat", "label", "Rabat Process"));
        CsvTable table = CsvTable.of(List.of(item));
        String text = table.text();
        assertEquals(true, text.contains("\"a, \"\"b\"\"\nc\""), text);
        assertEquals(
                true, table.columns().contains("process.id") && table.columns().contains("process.label"));
    }

    @Test
    void ids_are_the_slug_after_the_kind() {
        assertEquals("c07", ItemShaper.slug("https://w3id.org/mdkg/id/commitment/c07"));
        assertEquals(
                "cadiz-action-plan-2022/objective-4",
                ItemShaper.slug("https://w3id.org/mdkg/id/document/cadiz-action-plan-2022/objective-4"));
        assertEquals("GCMObjective", ItemShaper.slug("https://w3id.org/mdkg/ontology#GCMObjective"));
        assertEquals("10.7", ItemShaper.slug("http://metadata.un.org/sdg/10.7"));
    }
}
