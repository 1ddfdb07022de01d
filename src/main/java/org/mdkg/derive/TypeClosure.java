package org.mdkg.derive;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.Prefixes;

/**
 * The types the ontology entails, so that a SPARQL user's {@code ?x a mdkg:Dialogue} finds every dialogue, whatever
 * its more specific class ({@code mdkg:RegionalConsultativeProcess} …), {@code ?x a org:Organization} every
 * organisation and {@code ?x a mdkg:Programme} every programme: each curated node gets {@code rdf:type} for every
 * superclass of its classes ({@code rdfs:subClassOf+} in the ontology) that it does not already have. Only the
 * subclass closure is materialised (no other entailment). Runs first, so every later step sees the full types. A
 * write recomputes the nodes whose types it changed (a change of the hierarchy recomputes everything).
 */
final class TypeClosure extends Step {
    static final String UPDATE = Prefixes.sparql() + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?x a ?super } }
            WHERE {
              { SELECT DISTINCT ?x ?class {
                  #FOCUS(?x)
                  GRAPH ?g { ?x a ?class }
                  FILTER(?g NOT IN (<urn:mdkg:graph:derived>, <urn:mdkg:graph:meta>, <urn:mdkg:graph:changes>)
                         && !STRSTARTS(STR(?g), "urn:mdkg:graph:ontology/")) } }
              ?class rdfs:subClassOf+ ?super .
              FILTER(isIRI(?super))
              FILTER NOT EXISTS { ?x a ?super }
            }
            """;

    /** The nodes whose types changed, and only they. */
    private static final Dependencies DEPENDENCIES = new Dependencies(Set.of(RDF.type.asNode()), Set.of(), "");

    TypeClosure() {
        super("type closure", DEPENDENCIES);
    }

    @Override
    public Set<Quad> derivedAbout(DatasetGraph dataset, Set<Node> keys) {
        return Focus.about(dataset, curated(keys), Set.of(RDF.type.asNode()));
    }

    @Override
    public void applyTo(DatasetGraph dataset, Set<Node> keys) {
        Focus.execute(dataset, UPDATE, "x", keys == null ? null : curated(keys));
    }

    /** Curated nodes only: the types of derived nodes are their own steps'. */
    private static Set<Node> curated(Set<Node> keys) {
        Set<Node> curated = new LinkedHashSet<>();
        keys.stream()
                .filter(k -> !k.isURI() || !k.getURI().startsWith(DerivedNodes.PREFIX))
                .forEach(curated::add);
        return curated;
    }
}
