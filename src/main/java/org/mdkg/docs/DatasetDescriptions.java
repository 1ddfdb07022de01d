package org.mdkg.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.mdkg.base.Version;
import org.mdkg.store.GraphInfo;
import org.mdkg.store.Store;
import org.mdkg.vocab.MDKG;

/**
 * Machine-readable descriptions of what is served: the SPARQL 1.1 Service Description of {@code /sparql}
 * and the VoID + DCAT description of the dataset at {@code /.well-known/void} (triples, classes,
 * properties, named graphs, licence, version). Statistics are computed once per dataset version.
 */
public final class DatasetDescriptions {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final Store store;
    private final Object lock = new Object();
    private String statsVersion;
    private Partitions stats;

    public DatasetDescriptions(Store store) {
        this.store = store;
    }

    /** The service description of the endpoint at {@code endpoint}, with the dataset's graphs. */
    public Model serviceDescription(String endpoint, String voidUrl) {
        Model m = prefixed();
        Resource service = m.createResource(endpoint + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(
                        DCTerms.description,
                        "mdkg SPARQL endpoint: read-only; the default graph is the union of "
                                + "the named graphs; federated SERVICE calls are refused.");
        for (String f : List.of(
                "SPARQL_Results_JSON",
                "SPARQL_Results_XML",
                "SPARQL_Results_CSV",
                "SPARQL_Results_TSV",
                "Turtle",
                "N-Triples",
                "RDF_XML",
                "JSON-LD")) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource();
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(org.apache.jena.vocabulary.RDFS.seeAlso, m.createResource(voidUrl));
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(VOID.triples, store.tripleCount());
        dataset.addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph);
        for (GraphInfo g : store.describeGraphs()) {
            Resource named = m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.iri()))
                    .addProperty(
                            m.createProperty(SD, "graph"),
                            m.createResource()
                                    .addProperty(RDF.type, m.createResource(SD + "Graph"))
                                    .addLiteral(VOID.triples, g.triples()));
            dataset.addProperty(m.createProperty(SD, "namedGraph"), named);
        }
        return m;
    }

    /** VoID and DCAT for the dataset; {@code base} is the server's URL, e.g. http://127.0.0.1:3030. */
    public Model voidDescription(String base) {
        Model m = prefixed();
        Resource ds = m.createResource(base + "/.well-known/void#mdkg");
        ds.addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Migration Dialogues Knowledge Graph", "en"))
                .addProperty(
                        DCTerms.description,
                        m.createLiteral(
                                "International migration dialogues (Rabat, Khartoum, "
                                        + "Budapest and Prague Processes), the frameworks they answer to (GCM, JVAP, SDGs), their "
                                        + "commitments and the evidence of implementation, every fact linked to a public source.",
                                "en"))
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(OWL.versionInfo, Version.current())
                .addProperty(DCTerms.hasVersion, store.version())
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + "/sparql"))
                .addProperty(VOID.uriSpace, MDKG.ID)
                .addProperty(VOID.vocabulary, m.createResource(MDKG.NS))
                .addLiteral(VOID.triples, store.tripleCount());
        ds.addProperty(
                DCAT.distribution,
                m.createResource()
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.accessURL, m.createResource(base + "/sparql"))
                        .addProperty(DCTerms.title, "SPARQL 1.1 endpoint"));
        ds.addProperty(
                DCAT.distribution,
                m.createResource()
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.accessURL, m.createResource(base + "/api/docs"))
                        .addProperty(DCTerms.title, "REST API (OpenAPI 3.1 at /api/openapi.json)"));
        Map<String, List<Node>> licences = licences();
        for (GraphInfo g : store.describeGraphs()) {
            Resource subset = m.createResource(g.iri())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addLiteral(VOID.triples, g.triples());
            licences.getOrDefault(g.iri(), List.of())
                    .forEach(l -> subset.addProperty(DCTerms.license, m.wrapAsResource(l)));
            if (!g.source().isEmpty()) {
                subset.addProperty(DCTerms.source, g.source());
            }
            if (!g.loaded().isEmpty()) {
                subset.addProperty(DCTerms.modified, m.createTypedLiteral(g.loaded(), XSDDatatype.XSDdateTime));
            }
            ds.addProperty(VOID.subset, subset);
        }
        Partitions p = partitions();
        ds.addLiteral(VOID.classes, (long) p.classes().size())
                .addLiteral(VOID.properties, (long) p.properties().size());
        for (Node[] c : p.classes()) {
            ds.addProperty(
                    VOID.classPartition,
                    m.createResource()
                            .addProperty(VOID._class, m.wrapAsResource(c[0]))
                            .addProperty(
                                    VOID.entities,
                                    m.createTypedLiteral(c[1].getLiteralLexicalForm(), XSDDatatype.XSDinteger)));
        }
        for (Node[] c : p.properties()) {
            ds.addProperty(
                    VOID.propertyPartition,
                    m.createResource()
                            .addProperty(VOID.property, m.wrapAsResource(c[0]))
                            .addProperty(
                                    VOID.triples,
                                    m.createTypedLiteral(c[1].getLiteralLexicalForm(), XSDDatatype.XSDinteger)));
        }
        return m;
    }

    /** The licence of each named graph, as the data states it ({@code data/datasets.ttl}). */
    private Map<String, List<Node>> licences() {
        Map<String, List<Node>> found = new HashMap<>();
        Txn.executeRead(
                store.dataset(),
                () -> QueryExec.dataset(store.dataset())
                        .query("SELECT ?g ?l { ?g <" + DCTerms.license.getURI()
                                + "> ?l FILTER(STRSTARTS(STR(?g), \"urn:mdkg:graph:\"))" + " FILTER(isIRI(?l)) }")
                        .select()
                        .forEachRemaining(b -> found.computeIfAbsent(b.get("g").getURI(), k -> new ArrayList<>())
                                .add(b.get("l"))));
        return found;
    }

    /** Classes with their instance counts and properties with their triple counts. */
    private record Partitions(List<Node[]> classes, List<Node[]> properties) {}

    /** The partitions, computed once per dataset version. */
    private Partitions partitions() {
        String now = store.version();
        synchronized (lock) {
            if (!now.equals(statsVersion)) {
                stats = new Partitions(
                        counts("SELECT ?x (COUNT(DISTINCT ?s) AS ?n) { ?s a ?x } GROUP BY ?x ORDER BY ?x"),
                        counts("SELECT ?x (COUNT(*) AS ?n) { ?s ?x ?o } GROUP BY ?x ORDER BY ?x"));
                statsVersion = now;
            }
            return stats;
        }
    }

    private List<Node[]> counts(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Node[]> rows = new ArrayList<>();
            QueryExec.dataset(store.dataset())
                    .query(QueryFactory.create(query))
                    .select()
                    .forEachRemaining(b -> {
                        if (b.get("x").isURI()) {
                            rows.add(new Node[] {b.get("x"), b.get("n")});
                        }
                    });
            return rows;
        });
    }

    private static Model prefixed() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("mdkg", MDKG.NS);
        return m;
    }
}
