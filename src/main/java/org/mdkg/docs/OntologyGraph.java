package org.mdkg.docs;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.Prefixes;

/** The ontology as served: the union of every graph loaded from {@code ontology/} (terms, vocabularies, shapes). */
public final class OntologyGraph {
    public static final String GRAPH_PREFIX = GraphNames.PREFIX + "ontology/";

    private OntologyGraph() {}

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
        g.getPrefixMapping().setNsPrefixes(Prefixes.map()).setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
    }
}
