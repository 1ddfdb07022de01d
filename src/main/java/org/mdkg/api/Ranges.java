package org.mdkg.api;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mdkg.api.ColumnType.Kind;

/**
 * What the values of each property are, read from the ontology graph: the SHACL shapes' {@code sh:datatype} (or
 * {@code sh:class}, {@code sh:nodeKind sh:IRI}) for the property's {@code sh:path}, else its {@code rdfs:range}, else
 * a reference for an {@code owl:ObjectProperty}; names ({@code rdfs:label}, {@code skos:prefLabel}, {@code dct:title})
 * are text and {@code rdf:type} a reference.
 */
final class Ranges {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node SH_PATH = NodeFactory.createURI(SH + "path");
    private static final Node SH_DATATYPE = NodeFactory.createURI(SH + "datatype");
    private static final Node SH_CLASS = NodeFactory.createURI(SH + "class");
    private static final Node SH_NODE_KIND = NodeFactory.createURI(SH + "nodeKind");
    private static final Node SH_IRI = NodeFactory.createURI(SH + "IRI");

    private final Map<String, Kind> kinds;

    private Ranges(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** The ranges an ontology graph (terms and shapes) declares. */
    static Ranges of(Graph ontology) {
        Map<String, Kind> kinds = new HashMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                .forEachRemaining(t -> put(kinds, t.getSubject(), Kind.REFERENCE));
        ontology.find(Node.ANY, RDFS.range.asNode(), Node.ANY)
                .forEachRemaining(t -> put(kinds, t.getSubject(), kindOf(t.getObject())));
        ontology.find(Node.ANY, SH_PATH, Node.ANY).forEachRemaining(t -> {
            Kind shaped = shaped(ontology, t.getSubject());
            if (shaped != null) {
                put(kinds, t.getObject(), shaped);
            }
        });
        for (Node name : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode()}) {
            kinds.put(name.getURI(), Kind.STRING);
        }
        kinds.put(RDF.type.getURI(), Kind.REFERENCE);
        return new Ranges(kinds);
    }

    /** The kind of the values of {@code property}, or null when the ontology does not say. */
    Kind of(Node property) {
        return property.isURI() ? kinds.get(property.getURI()) : null;
    }

    private static void put(Map<String, Kind> kinds, Node property, Kind kind) {
        if (property.isURI()) {
            kinds.put(property.getURI(), kind);
        }
    }

    private static Kind shaped(Graph g, Node shape) {
        var datatype = g.find(shape, SH_DATATYPE, Node.ANY);
        if (datatype.hasNext()) {
            return kindOf(datatype.next().getObject());
        }
        if (g.contains(shape, SH_CLASS, Node.ANY) || g.contains(shape, SH_NODE_KIND, SH_IRI)) {
            return Kind.REFERENCE;
        }
        return null;
    }

    /** The kind of a value of type {@code range}: a datatype gives its JSON kind, a class a reference. */
    static Kind kindOf(Node range) {
        if (!range.isURI()) {
            return Kind.REFERENCE;
        }
        String uri = range.getURI();
        if (!uri.startsWith(XSDDatatype.XSD)
                && !uri.equals(RDF.langString.getURI())
                && !uri.equals(RDFS.Literal.getURI())) {
            return Kind.REFERENCE;
        }
        return datatypeKind(uri);
    }

    /** The JSON kind of a literal of datatype {@code uri}; text for anything not numeric, boolean or a date. */
    static Kind datatypeKind(String uri) {
        String local = uri.startsWith(XSDDatatype.XSD) ? uri.substring(XSDDatatype.XSD.length() + 1) : "";
        return switch (local) {
            case "integer",
                    "int",
                    "long",
                    "short",
                    "nonNegativeInteger",
                    "positiveInteger",
                    "negativeInteger",
                    "nonPositiveInteger",
                    "unsignedInt",
                    "unsignedLong" -> Kind.INTEGER;
            case "decimal" -> Kind.DECIMAL;
            case "double", "float" -> Kind.DOUBLE;
            case "boolean" -> Kind.BOOLEAN;
            case "date" -> Kind.DATE;
            case "dateTime", "dateTimeStamp" -> Kind.DATE_TIME;
            default -> Kind.STRING;
        };
    }
}
