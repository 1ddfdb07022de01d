package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Labels of references in the language asked for by {@code ?lang=} or {@code Accept-Language}, English otherwise. */
class LabelLanguageIT {
    private static final BundledServer S = BundledServer.get();
    private static final String RABAT = "https://w3id.org/mdkg/id/process/rabat";

    private static JsonNode body(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        return BundledServer.JSON.readTree(r.body());
    }

    private static String processLabel(JsonNode page) {
        for (JsonNode row : page.get("items")) {
            if (row.path("process").path("iri").asText().equals(RABAT)) {
                return row.get("process").get("label").asText();
            }
        }
        throw new AssertionError("no row of the Rabat Process in " + page);
    }

    @Test
    void lang_fr_gives_the_french_label_of_a_reference_in_a_named_query_row() throws IOException {
        String path = "/api/queries/commitments?process=rabat&limit=5";
        assertEquals("Rabat Process", processLabel(body(S.get(path))));
        assertEquals("Processus de Rabat", processLabel(body(S.get(path + "&lang=fr"))));
    }

    @Test
    void accept_language_fr_gives_the_french_label_and_the_answer_varies_by_it() throws IOException {
        String path = "/api/queries/commitments?process=rabat&limit=3";
        HttpResponse<String> english = S.get(path, "Accept-Language", "en");
        HttpResponse<String> french = S.get(path, "Accept-Language", "fr-FR, en;q=0.5");
        assertEquals("Rabat Process", processLabel(body(english)));
        assertEquals("Processus de Rabat", processLabel(body(french)));
        assertTrue(
                french.headers().firstValue("Vary").orElse("").contains("Accept-Language"),
                french.headers().toString());
        assertNotEquals(english.headers().firstValue("ETag"), french.headers().firstValue("ETag"));
    }

    @Test
    void a_resource_takes_its_own_label_in_the_language_and_falls_back_to_english() throws IOException {
        assertEquals(
                "Processus de Rabat",
                body(S.get("/api/processes/rabat?lang=fr")).get("label").asText());
        assertEquals(
                "Rabat Process",
                body(S.get("/api/processes/rabat?lang=de")).get("label").asText());
    }

    @Test
    void a_lang_that_is_not_a_language_tag_is_refused_naming_it() {
        HttpResponse<String> bad = S.get("/api/processes/rabat?lang=" + NamedQueriesIT.enc("fr'; x"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"parameter\":\"lang\""), bad.body());
    }
}
