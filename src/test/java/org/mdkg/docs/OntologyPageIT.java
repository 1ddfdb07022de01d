package org.mdkg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/** {@code /ontology} over the real ontology files, as a browser and as an RDF client see it. */
class OntologyPageIT {
    static final String COMMITMENT = "https://w3id.org/mdkg/ontology#Commitment";

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, Path.of("").toAbsolutePath(), Derivations.none())
                .load(List.of(Path.of("ontology")), null, LoadListener.SILENT);
        server = TestServers.start(TestServers.settings(tmp.resolve("db")), store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void browsers_get_a_page_listing_classes_properties_vocabularies_and_the_worked_example() throws Exception {
        HttpResponse<String> r = get("/ontology", "text/html");
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("id=\"Commitment\""), "a section per class");
        assertTrue(page.contains("id=\"assesses\""), "a section per property");
        assertTrue(page.contains("https://w3id.org/mdkg/id/status"), "the status vocabulary");
        assertTrue(page.contains("example-commitments-by-meeting-alignment-status"), "the worked example query");
        assertTrue(page.contains("ministerial conference of the Rabat Process"), "the example says what it answers");
    }

    @Test
    void rdf_clients_get_turtle_with_the_classes() throws Exception {
        HttpResponse<String> r = get("/ontology", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TURTLE");
        assertTrue(m.contains(ResourceFactory.createResource(COMMITMENT), RDF.type, OWL.Class));
    }

    @Test
    void json_ld_is_served_on_request() throws Exception {
        HttpResponse<String> r = get("/ontology?format=jsonld", "*/*");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "JSON-LD");
        assertTrue(m.contains(ResourceFactory.createResource(COMMITMENT), RDF.type, OWL.Class));
    }

    @Test
    void an_unknown_format_is_a_400_naming_the_parameter() throws Exception {
        HttpResponse<String> r = get("/ontology?format=pdf", "*/*");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"parameter\":\"format\""), r.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
