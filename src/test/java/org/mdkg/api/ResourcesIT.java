package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * The resource endpoints on the bundled data, as a web developer uses them: the assertions hold for any data
 * that follows docs/data-model.md (they compare endpoints with each other, not with fixed counts).
 */
class ResourcesIT {
    private static final BundledServer S = BundledServer.get();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    @Test
    void the_rabat_process_lists_its_members_with_labels() {
        JsonNode rabat = S.json("/api/processes/rabat");
        assertEquals("Rabat Process", rabat.get("label").asText());
        assertEquals("https://w3id.org/mdkg/id/process/rabat", rabat.get("iri").asText());
        JsonNode members = rabat.get("members");
        assertTrue(members.size() > 0);
        for (JsonNode m : members) {
            assertTrue(m.get("member").hasNonNull("iri"), m.toString());
            assertTrue(m.get("role").get("id").asText().matches("member|observer|partner-organisation"), m.toString());
        }
        for (JsonNode c : rabat.get("chairs")) {
            assertTrue(c.get("role").get("id").asText().matches("chair|co-chair"), c.toString());
        }
        assertTrue(rabat.has("meetings") && rabat.has("documents"));
    }

    @Test
    void paging_links_walk_all_khartoum_commitments_exactly_once() {
        int all = S.json("/api/commitments?process=khartoum&limit=500")
                .get("total")
                .asInt();
        List<String> seen = new ArrayList<>();
        String next = "/api/commitments?process=khartoum&limit=2";
        String last = null;
        int pages = 0;
        while (next != null && pages++ < 1000) {
            HttpResponse<String> r = S.get(next);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = json(r.body());
            page.get("items").forEach(i -> seen.add(i.get("id").asText()));
            String link = r.headers().firstValue("Link").orElse("");
            assertTrue(link.contains("rel=\"first\""), link);
            last = rel(link, "last") == null ? last : rel(link, "last");
            next = rel(link, "next");
        }
        assertEquals(all, seen.size(), "every row once: " + seen);
        assertEquals(all, new HashSet<>(seen).size(), "no row twice: " + seen);
        assertNotNull(last, "total known, so a last link");
    }

    @Test
    void commitments_page_as_csv_with_a_header_and_one_line_per_row() {
        HttpResponse<String> r = S.get("/api/commitments?process=khartoum&limit=3", "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = r.body().split("\r\n");
        assertTrue(lines[0].startsWith("id,iri"), lines[0]);
        int expected = Math.min(
                3, S.json("/api/commitments?process=khartoum").get("total").asInt());
        assertEquals(expected + 1, lines.length, r.body());
        assertEquals(
                r.body(),
                S.get("/api/commitments?process=khartoum&limit=3&format=csv").body());
    }

    @Test
    void a_commitment_comes_with_its_assessments_and_their_sources() {
        JsonNode list = S.json("/api/commitments?limit=500");
        JsonNode withStatus = null;
        for (JsonNode c : list.get("items")) {
            if (c.has("currentStatus")) {
                withStatus = c;
                break;
            }
        }
        assertNotNull(withStatus, "some commitment has a derived current status");
        JsonNode c = S.json("/api/commitments/" + withStatus.get("id").asText());
        assertEquals(withStatus.get("iri").asText(), c.get("iri").asText());
        assertTrue(c.get("assessments").size() > 0, c.toString());
        JsonNode first = c.get("assessments").get(0);
        assertTrue(first.has("status") && first.has("date"), first.toString());
        assertTrue(first.has("sources") || c.get("sources").size() > 0, "sources: " + c);
    }

    @Test
    void rest_lists_agree_with_the_named_query_behind_them() {
        for (ListRoute route : ResourceCatalog.LISTS) {
            if (route.query().equals("search")) {
                continue; // answered by the full-text index, ranked: see SearchIT
            }
            String params = "";
            JsonNode rest = S.json(route.path() + "?" + params + "limit=500");
            JsonNode named = S.json("/api/queries/" + route.query() + "?" + params + "limit=500");
            assertEquals(named.get("total"), rest.get("total"), route.path());
            for (int i = 0; i < rest.get("items").size(); i++) {
                JsonNode item = rest.get("items").get(i);
                JsonNode row = named.get("items").get(i);
                String first = row.fieldNames().next();
                assertEquals(row.get(first).get("iri"), item.get("iri"), route.path());
                assertEquals(row.get(first).get("id"), item.get("id"), route.path());
                row.fieldNames().forEachRemaining(k -> {
                    if (!k.equals(first) && !k.equals("label")) {
                        assertEquals(row.get(k), item.get(k), route.path() + " " + k + ": one shape in both");
                    }
                });
            }
        }
    }

    @Test
    void single_resources_come_as_turtle_and_json_ld() throws Exception {
        HttpResponse<String> ttl = S.get("/api/processes/rabat", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(ttl.body()), null, "TURTLE");
        assertTrue(m.contains(m.createResource("https://w3id.org/mdkg/id/process/rabat"), null));
        JsonNode ld = json(S.get("/api/processes/rabat?format=jsonld").body());
        assertTrue(ld.has("@context"));
        assertEquals(406, S.get("/api/processes?format=ttl").statusCode());
    }

    @Test
    void etag_follows_the_data_and_if_none_match_gives_304() {
        HttpResponse<String> first = S.get("/api/processes");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, S.get("/api/processes").headers().firstValue("ETag").orElseThrow());
        assertTrue(first.headers().firstValue("Cache-Control").isPresent());
        HttpResponse<String> again = S.get("/api/processes", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertFalse(etag.equals(
                S.get("/api/processes?format=csv").headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void errors_are_problem_details_naming_the_parameter() {
        HttpResponse<String> bad = S.get("/api/commitments?status=sideways");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("status", json(bad.body()).get("parameter").asText());
        assertEquals(
                "limit",
                json(S.get("/api/commitments?limit=501").body())
                        .get("parameter")
                        .asText());
        assertEquals(
                "offset",
                json(S.get("/api/commitments?offset=-1").body())
                        .get("parameter")
                        .asText());
        assertEquals(
                "colour",
                json(S.get("/api/commitments?colour=red").body())
                        .get("parameter")
                        .asText());
        assertEquals("q", json(S.get("/api/search").body()).get("parameter").asText());
        for (String path : List.of(
                "/api/commitments/no-such-commitment",
                "/api/processes/atlantis",
                "/api/actors/nobody",
                "/api/countries/XXX",
                "/api/queries/no-such-query")) {
            HttpResponse<String> r = S.get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("Exception"), r.body());
        }
    }

    @Test
    void read_routes_allow_any_origin_without_credentials() {
        HttpResponse<String> r = S.get("/api/processes", "Origin", "https://example.org");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(r.headers()
                .firstValue("Access-Control-Allow-Credentials")
                .orElse("false")
                .equals("true"));
    }

    @Test
    void every_detail_route_answers_for_the_first_item_of_its_list() {
        Set<String> checked = new HashSet<>();
        for (String[] pair : List.of(
                new String[] {"/api/processes", "/api/processes/"},
                new String[] {"/api/frameworks", "/api/frameworks/"},
                new String[] {"/api/actors", "/api/actors/"},
                new String[] {"/api/documents", "/api/documents/"},
                new String[] {"/api/commitments", "/api/commitments/"})) {
            String id =
                    S.json(pair[0] + "?limit=1").get("items").get(0).get("id").asText();
            assertEquals(200, S.get(pair[1] + id).statusCode(), pair[1] + id);
            checked.add(pair[1]);
        }
        assertEquals("MAR", S.json("/api/countries/MAR").get("iso3").asText());
        assertEquals(5, checked.size());
    }

    @Test
    void every_item_of_a_filtered_list_matches_the_filter() {
        for (JsonNode m : S.json("/api/meetings?type=summit&limit=500").get("items")) {
            assertEquals("summit", m.get("type").get("id").asText(), m.toString());
        }
        for (JsonNode d : S.json("/api/documents?process=khartoum&limit=500").get("items")) {
            assertEquals("khartoum", d.get("process").get("id").asText(), d.toString());
        }
        for (JsonNode c : S.json("/api/commitments?process=rabat&status=complete&limit=500")
                .get("items")) {
            assertEquals("rabat", c.get("process").get("id").asText(), c.toString());
            assertEquals("complete", c.get("currentStatus").get("id").asText(), c.toString());
        }
        for (JsonNode a : S.json("/api/actors?type=state&country=MAR").get("items")) {
            assertEquals("MAR", a.get("country").get("id").asText(), a.toString());
        }
    }

    private static String rel(String header, String rel) {
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            if (m.group(2).equals(rel)) {
                return m.group(1);
            }
        }
        return null;
    }

    private static JsonNode json(String body) {
        try {
            return BundledServer.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }
}
