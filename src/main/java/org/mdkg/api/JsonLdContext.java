package org.mdkg.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.docs.OntologyGraph;
import org.mdkg.store.Store;
import org.mdkg.vocab.MDKG;

/**
 * The JSON-LD context of the API's bodies, honest about what it maps: a key becomes an {@code mdkg:} term only if
 * the ontology declares that property; {@code iri}, {@code id} and {@code label} are {@code @id},
 * {@code dcterms:identifier} and {@code rdfs:label}; a list is a {@code hydra:Collection} whose {@code total},
 * {@code items} and {@code links} are {@code hydra:totalItems}, {@code hydra:member} and {@code hydra:view} (with
 * {@code hydra:first}, {@code hydra:previous}, {@code hydra:next}, {@code hydra:last}). Any other key — {@code limit},
 * {@code offset}, a computed column such as {@code monthsOverdue} — is left out of the context, so a JSON-LD processor
 * keeps it out of the graph instead of inventing an undeclared {@code mdkg:} term for it.
 */
final class JsonLdContext {
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private static final Map<ColumnType.Kind, String> DATATYPES = Map.of(
            ColumnType.Kind.DATE, XSDDatatype.XSDdate.getURI(),
            ColumnType.Kind.DATE_TIME, XSDDatatype.XSDdateTime.getURI(),
            ColumnType.Kind.DECIMAL, XSDDatatype.XSDdecimal.getURI());

    private static final Set<Node> PROPERTY_TYPES =
            Set.of(RDF.Property.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode());

    private final Store store;
    private String version;
    private Set<String> declared = Set.of();

    JsonLdContext(Store store) {
        this.store = store;
    }

    /** The context for a list whose items have {@code keys}, typed as {@code columns} says. */
    Map<String, Object> forList(Collection<String> keys, Map<String, ColumnType> columns) {
        Map<String, Object> context = forResource(keys, columns);
        context.put("hydra", HYDRA);
        context.put("total", "hydra:totalItems");
        context.put("items", Map.of("@id", "hydra:member", "@container", "@set"));
        context.put("links", "hydra:view");
        context.put("first", Map.of("@id", "hydra:first", "@type", "@id"));
        context.put("prev", Map.of("@id", "hydra:previous", "@type", "@id"));
        context.put("next", Map.of("@id", "hydra:next", "@type", "@id"));
        context.put("last", Map.of("@id", "hydra:last", "@type", "@id"));
        return context;
    }

    /**
     * The context for one resource (or a list's items) with {@code keys}; a date, date-time or decimal column (of
     * {@code columns}) is a typed literal ({@code "@type": "xsd:date"}), a reference a node.
     */
    Map<String, Object> forResource(Collection<String> keys, Map<String, ColumnType> columns) {
        Set<String> terms = declaredTerms();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("iri", "@id");
        context.put("id", "http://purl.org/dc/terms/identifier");
        context.put("label", "http://www.w3.org/2000/01/rdf-schema#label");
        for (String key : keys) {
            if (!context.containsKey(key) && terms.contains(key)) {
                String datatype = columns.containsKey(key)
                        ? DATATYPES.get(columns.get(key).kind())
                        : null;
                context.put(key, datatype == null ? MDKG.NS + key : Map.of("@id", MDKG.NS + key, "@type", datatype));
            }
        }
        return context;
    }

    /** The local names of the {@code mdkg:} properties the ontology graphs declare, read again after a change. */
    private synchronized Set<String> declaredTerms() {
        String now = store.version();
        if (!now.equals(version)) {
            DatasetGraph dsg = store.dataset();
            Set<String> names = new HashSet<>();
            Txn.executeRead(
                    dsg,
                    () -> dsg.listGraphNodes().forEachRemaining(g -> {
                        if (g.isURI() && g.getURI().startsWith(OntologyGraph.GRAPH_PREFIX)) {
                            dsg.getGraph(g)
                                    .find(Node.ANY, RDF.type.asNode(), Node.ANY)
                                    .forEachRemaining(t -> add(names, t));
                        }
                    }));
            declared = Set.copyOf(names);
            version = now;
        }
        return declared;
    }

    private static void add(Set<String> names, Triple t) {
        Node s = t.getSubject();
        if (s.isURI() && s.getURI().startsWith(MDKG.NS) && PROPERTY_TYPES.contains(t.getObject())) {
            names.add(s.getURI().substring(MDKG.NS.length()));
        }
    }
}
