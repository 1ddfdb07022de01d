package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryParam;

/** The self-description: OpenAPI and its docs page, the /sparql page, the service description and VoID. */
class DocsIT {
    private static final BundledServer S = BundledServer.get();
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @Test
    void openapi_document_is_valid_openapi_3_1() throws Exception {
        JsonNode doc = S.json("/api/openapi.json");
        JsonSchema schema;
        try (InputStream in = DocsIT.class.getResourceAsStream("/openapi/schema-3.1.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("3.1.0", doc.get("openapi").asText());
    }

    @Test
    void openapi_describes_every_named_query_parameter_with_its_type() {
        JsonNode paths = S.json("/api/openapi.json").get("paths");
        for (NamedQuery q : S.library.all()) {
            JsonNode op = paths.get("/api/queries/" + q.id()).get("get");
            for (QueryParam p : q.params()) {
                JsonNode param = null;
                for (JsonNode candidate : op.get("parameters")) {
                    if (p.name().equals(candidate.path("name").asText())) {
                        param = candidate;
                    }
                }
                assertTrue(param != null, q.id() + " lacks " + p.name());
                JsonNode schema = param.get("schema");
                assertEquals(
                        p.isList() ? "array" : schemaType(p), schema.get("type").asText(), q.id() + " " + p.name());
            }
        }
        for (String path : new String[] {"/api/processes/{id}", "/api/commitments", "/api/countries/{iso3}"}) {
            assertTrue(paths.has(path), path);
        }
    }

    @Test
    void docs_page_renders_swagger_ui_from_the_jar() {
        HttpResponse<String> page = S.get("/api/docs");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/api/openapi.json") && page.body().contains("swagger-ui-bundle.js"));
        HttpResponse<String> js = S.get("/api/docs/assets/swagger-ui-bundle.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        int outside = S.get("/api/docs/assets/..%2F..%2Fmdkg.properties").statusCode();
        assertTrue(outside == 400 || outside == 404, "status " + outside);
        assertEquals(404, S.get("/api/docs/assets/index.html").statusCode());
    }

    @Test
    void browsers_get_the_yasgui_page_at_sparql_and_clients_still_get_the_protocol() {
        HttpResponse<String> page = S.get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("yasgui.min.js") && page.body().contains("/api/queries"), page.body());
        assertEquals(200, S.get("/sparql/assets/yasgui.min.js").statusCode());
        HttpResponse<String> query = S.get(
                "/sparql?query=" + NamedQueriesIT.enc("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("\"boolean\""), query.body());
    }

    @Test
    void sparql_without_a_query_answers_rdf_clients_with_a_service_description() {
        for (String[] accept : new String[][] {
            {"text/turtle", "TURTLE"}, {"application/rdf+xml", "RDF/XML"}, {"application/ld+json", "JSON-LD"}
        }) {
            HttpResponse<String> r = S.get("/sparql", "Accept", accept[0]);
            assertEquals(200, r.statusCode(), accept[0]);
            Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, accept[1]);
            Resource service = m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Service"))
                    .next();
            assertEquals(
                    S.url("/sparql"),
                    service.getPropertyResourceValue(m.createProperty(SD, "endpoint"))
                            .getURI());
        }
    }

    @Test
    void void_describes_triples_classes_properties_graphs_licence_and_version() {
        HttpResponse<String> r = S.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TURTLE");
        Resource ds = m.listSubjectsWithProperty(VOID.sparqlEndpoint).next();
        assertEquals(S.store.tripleCount(), ds.getProperty(VOID.triples).getLong());
        assertTrue(ds.getProperty(VOID.classes).getLong() > 0
                && ds.getProperty(VOID.properties).getLong() > 0);
        assertTrue(ds.hasProperty(DCTerms.license) && ds.hasProperty(DCTerms.hasVersion));
        assertEquals(
                S.store.graphNames().size(),
                m.listObjectsOfProperty(ds, VOID.subset).toList().size());
        assertTrue(m.listObjectsOfProperty(ds, VOID.classPartition).hasNext());
        Resource borders = m.getResource("urn:mdkg:graph:data/borders.ttl");
        assertEquals(
                "https://opendatacommons.org/licenses/odbl/1-0/",
                borders.getPropertyResourceValue(DCTerms.license).getURI(),
                "each graph's own licence: the borders are ODbL");
        Resource commitments = m.getResource("urn:mdkg:graph:data/commitments.ttl");
        assertEquals(
                "https://creativecommons.org/licenses/by/4.0/",
                commitments.getPropertyResourceValue(DCTerms.license).getURI());
    }

    private static String schemaType(QueryParam p) {
        return switch (p.type()) {
            case INTEGER -> "integer";
            case DECIMAL -> "number";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }
}
