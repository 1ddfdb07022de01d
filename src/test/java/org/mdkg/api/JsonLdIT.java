package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdkg.vocab.MDKG;

/**
 * The API's JSON-LD read by a real JSON-LD 1.1 processor (Jena's, Titanium): every predicate it yields is a term
 * the ontology declares, or one of RDF, RDFS, Dublin Core and Hydra — no {@code mdkg:total}, {@code mdkg:limit} or
 * other term the ontology never defines — and a list is a {@code hydra:Collection} with its total and view.
 */
class JsonLdIT {
    private static final BundledServer S = BundledServer.get();
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final List<String> KNOWN =
            List.of(RDF.getURI(), "http://www.w3.org/2000/01/rdf-schema#", "http://purl.org/dc/terms/", HYDRA);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/processes?format=jsonld",
                "/api/commitments?limit=20&format=jsonld",
                "/api/queries/unimplemented-commitments?process=rabat&limit=20&format=jsonld",
                "/api/processes/rabat?format=jsonld"
            })
    void json_ld_uses_only_declared_terms_and_hydra_for_paging(String path) {
        HttpResponse<String> r = S.get(path);
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.JSONLD).base(S.url(path)).parse(g);
        assertTrue(g.size() > 0, "the body reads as RDF");
        Set<String> declared = declaredProperties();
        Set<String> undeclared = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (!(p.startsWith(MDKG.NS) && declared.contains(p))
                    && KNOWN.stream().noneMatch(p::startsWith)) {
                undeclared.add(p);
            }
        });
        assertEquals(Set.of(), undeclared, "predicates no ontology declares, from " + path);
        if (!path.contains("/rabat?")) {
            Node total = NodeFactory.createURI(HYDRA + "totalItems");
            assertTrue(g.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(HYDRA + "Collection")));
            assertTrue(g.contains(Node.ANY, total, Node.ANY), "hydra:totalItems");
            assertTrue(g.contains(Node.ANY, NodeFactory.createURI(HYDRA + "member"), Node.ANY), "hydra:member");
            assertTrue(g.contains(Node.ANY, NodeFactory.createURI(HYDRA + "first"), Node.ANY), "hydra:first");
        }
    }

    @Test
    void a_due_date_is_an_xsd_date_and_a_maker_is_a_node_in_the_rows_json_ld() {
        String path = "/api/queries/unimplemented-commitments?process=rabat&limit=50&format=jsonld";
        HttpResponse<String> r = S.get(path);
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.JSONLD).base(S.url(path)).parse(g);
        List<Triple> due = g.find(Node.ANY, NodeFactory.createURI(MDKG.NS + "dueDate"), Node.ANY)
                .toList();
        assertTrue(!due.isEmpty(), "rows with a due date");
        due.forEach(
                t -> assertEquals(XSDDatatype.XSDdate.getURI(), t.getObject().getLiteralDatatypeURI(), t.toString()));
        List<Triple> makers = g.find(Node.ANY, NodeFactory.createURI(MDKG.NS + "madeBy"), Node.ANY)
                .toList();
        assertTrue(!makers.isEmpty(), "rows with makers");
        makers.forEach(t -> assertTrue(t.getObject().isURI(), t.toString()));
    }

    private static Set<String> declaredProperties() {
        String q = "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a ?t } "
                + "FILTER(STRSTARTS(STR(?g), \"urn:mdkg:graph:ontology/\")) "
                + "VALUES ?t { <http://www.w3.org/2002/07/owl#ObjectProperty> "
                + "<http://www.w3.org/2002/07/owl#DatatypeProperty> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> } }";
        Set<String> names = new TreeSet<>();
        S.json("/sparql?output=json&query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                .at("/results/bindings")
                .forEach(b -> names.add(b.at("/p/value").asText()));
        assertTrue(names.size() > 50, "the ontology's properties: " + names.size());
        return names;
    }
}
