package org.mdkg.pages;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.Prefixes;

/**
 * The RDF forms of a resource's page: every fact about it, every fact that mentions it, and the labels of the
 * resources these link — the same facts the HTML page lists (it shows the first
 * {@link EntityPage#INCOMING_SHOWN} of the mentions).
 */
final class EntityRdf {
    private final Data data;

    EntityRdf(Data data) {
        this.data = data;
    }

    /** The description of {@code resource}; empty if the store knows nothing of it. */
    Graph describe(Node resource) {
        return data.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Prefixes.map());
            Set<Node> linked = new HashSet<>();
            for (Map<String, Node> r : data.own("entity-out", Map.of("s", resource))) {
                g.add(Triple.create(resource, r.get("p"), r.get("o")));
                linked.add(r.get("o"));
            }
            for (Map<String, Node> r : data.own("entity-in", Map.of("o", resource))) {
                g.add(Triple.create(r.get("s"), r.get("p"), resource));
                linked.add(r.get("s"));
            }
            for (Node n : linked) {
                if (n.isURI()) {
                    data.dataset()
                            .find(Node.ANY, n, RDFS.label.asNode(), Node.ANY)
                            .forEachRemaining(q -> g.add(q.asTriple()));
                }
            }
            return g;
        });
    }

    /** The syntaxes offered, by {@code ?format=} keyword. */
    static final Map<String, Lang> FORMATS = Map.of(
            "ttl",
            Lang.TURTLE,
            "turtle",
            Lang.TURTLE,
            "jsonld",
            Lang.JSONLD,
            "json-ld",
            Lang.JSONLD,
            "nt",
            Lang.NTRIPLES,
            "ntriples",
            Lang.NTRIPLES,
            "rdf",
            Lang.RDFXML,
            "rdfxml",
            Lang.RDFXML);

    /** The keywords a client may give as {@code ?format=}, for error messages. */
    static final List<String> KEYWORDS = List.of("html", "ttl", "jsonld", "nt", "rdf");

    static byte[] write(Graph g, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang.equals(Lang.TURTLE)) {
            RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        } else {
            RDFDataMgr.write(out, g, lang);
        }
        return out.toByteArray();
    }
}
