package org.mdkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.api.BundledServer;

/** The pages over HTTP on the bundled data: content negotiation, 404s, the same facts in HTML and Turtle, search. */
class PagesIT {
    private static final BundledServer S = BundledServer.get();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String ID = "https://w3id.org/mdkg/id/";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "country/NER",
                "commitment/c07",
                "process/rabat",
                "framework/gcm",
                "programme/bmm",
                "state/NER",
                "framework/gcm/objective/5",
                "status/no-evidence"
            })
    void turtle_and_the_html_page_describe_the_same_resource(String id) throws Exception {
        HttpResponse<String> ttl = S.get("/id/" + id, "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel().read(new StringReader(ttl.body()), null, "TURTLE");
        Resource r = m.createResource(ID + id);
        HttpResponse<String> html = S.get("/id/" + id, "Accept", BROWSER);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = html.body();
        assertTrue(page.contains("data-iri=\"" + ID + id + "\""), "the page is about " + id);
        assertEquals(
                m.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null)
                        .toList()
                        .size(),
                rows(page, "facts"),
                "one row per fact about " + id);
        int mentions = m.listStatements(null, null, r).toList().size();
        assertEquals(Math.min(mentions, EntityPage.INCOMING_SHOWN), rows(page, "incoming"), "mentions of " + id);
        assertFalse(Pattern.compile("<a [^>]*>https?://").matcher(page).find(), "no bare IRI as a link text");
    }

    private static int rows(String page, String tableClass) {
        int start = page.indexOf("<table class=\"" + tableClass + "\">");
        if (start < 0) {
            return 0;
        }
        String table = page.substring(start, page.indexOf("</table>", start));
        Matcher m = Pattern.compile("<tr>").matcher(table.substring(table.indexOf("<tbody>")));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void every_rdf_syntax_answers_by_accept_and_by_format() {
        assertEquals("application/ld+json", type(S.get("/id/process/rabat", "Accept", "application/ld+json")));
        assertEquals("application/n-triples", type(S.get("/id/process/rabat?format=nt")));
        assertEquals("application/ld+json", type(S.get("/id/process/rabat?format=jsonld")));
        assertEquals("text/turtle", type(S.get("/id/process/rabat?format=ttl", "Accept", BROWSER)));
        assertEquals("text/html", type(S.get("/id/process/rabat?format=html", "Accept", "text/turtle")));
        HttpResponse<String> bad = S.get("/id/process/rabat?format=pdf");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"parameter\":\"format\""), bad.body());
        assertEquals(
                "Accept",
                S.get("/id/process/rabat").headers().firstValue("Vary").orElse(""));
    }

    private static String type(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @Test
    void an_unknown_id_is_an_html_404_for_browsers_and_problem_details_for_clients() {
        HttpResponse<String> page = S.get("/id/country/ATLANTIS", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Not found") && page.body().contains("<main"), page.body());
        HttpResponse<String> api = S.get("/id/country/ATLANTIS", "Accept", "text/turtle");
        assertEquals(404, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, S.get("/id/country/ATLANTIS").statusCode());
    }

    @Test
    void search_ranks_the_country_niger_before_what_mentions_nigeria() throws Exception {
        var items = S.json("/api/search?q=niger").get("items");
        assertEquals(ID + "country/NER", items.get(0).get("iri").asText());
        assertEquals("Country", items.get(0).get("kind").get("id").asText());
        boolean nigeria = false;
        for (var item : items) {
            nigeria |= item.get("label").asText().contains("Nigeria");
        }
        assertTrue(nigeria, "prefix matches follow: " + items);
        HttpResponse<String> page = S.get("/search?q=niger", "Accept", BROWSER);
        assertTrue(page.body().indexOf("/id/country/NER") < page.body().indexOf("Nigeria"), "the page ranks alike");
    }

    @Test
    void a_question_past_the_limit_is_refused_naming_q() {
        String longQ = "a".repeat(201);
        HttpResponse<String> api = S.get("/api/search?q=" + longQ);
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("\"parameter\":\"q\""), api.body());
        HttpResponse<String> page = S.get("/search?q=" + longQ, "Accept", BROWSER);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("<code class=\"parameter\">q</code>"), page.body());
    }

    @Test
    void the_tracker_csv_has_the_table_columns_and_a_bad_date_names_date() {
        HttpResponse<String> csv = S.get("/tracker.csv?date=2020-01-01&status=no-evidence");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith(String.join(",", TrackerPage.COLUMNS) + "\n"), csv.body());
        HttpResponse<String> bad = S.get("/tracker?date=yesterday");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"parameter\":\"date\""), bad.body());
    }

    @Test
    void the_landing_page_leads_to_the_tracker_search_niger_and_the_flagship_analyses() {
        String page = S.get("/", "Accept", BROWSER).body();
        for (String link : new String[] {
            "/tracker", "/partnerships", "/id/country/NER", "/sparql?example=unimplemented-commitments", "/api/health"
        }) {
            assertTrue(page.contains("href=\"" + link), link);
        }
        assertTrue(page.contains("action=\"/search\""), "a search box");
    }
}
