package org.mdkg.docs;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.vocab.GraphNames;

/** The ontology as served: the union of every graph loaded from {@code ontology/} (terms, vocabularies, shapes). */
public final class OntologyGraph {
    public static final String GRAPH_PREFIX = GraphNames.PREFIX + "ontology/";

    private OntologyGraph() {
    }

    /** A copy of the ontology graphs, with the prefixes the files declared. */
    public static Graph copyFrom(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dataset.listGraphNodes().forEachRemaining(name -> {
                if (isOntologyGraph(name)) {
                    Graph part = dataset.getGraph(name);
                    part.find().forEachRemaining(g::add);
                }
            });
            PrefixMap prefixes = PrefixMapFactory.create(dataset.prefixes());
            g.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
            standardPrefixes(g);
            return g;
        });
    }

    private static boolean isOntologyGraph(Node name) {
        return name.isURI() && name.getURI().startsWith(GRAPH_PREFIX);
    }

    private static void standardPrefixes(Graph g) {
        var pm = g.getPrefixMapping();
        pm.setNsPrefix("mdkg", "https://w3id.org/mdkg/ontology#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("dct", "http://purl.org/dc/terms/");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }
}
