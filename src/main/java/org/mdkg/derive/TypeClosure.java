package org.mdkg.derive;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.mdkg.vocab.Prefixes;

/**
 * The types the ontology entails, so that a SPARQL user's {@code ?x a mdkg:Dialogue} finds every dialogue, whatever
 * its more specific class ({@code mdkg:RegionalConsultativeProcess} …), {@code ?x a org:Organization} every
 * organisation and {@code ?x a mdkg:Programme} every programme: each curated node gets {@code rdf:type} for every
 * superclass of its classes ({@code rdfs:subClassOf+} in the ontology) that it does not already have. Only the
 * subclass closure is materialised (no other entailment). Runs first, so every later step sees the full types.
 */
final class TypeClosure implements Derivation {
    static final String UPDATE = Prefixes.sparql() + """
            INSERT { GRAPH <urn:mdkg:graph:derived> { ?x a ?super } }
            WHERE {
              { SELECT DISTINCT ?x ?class {
                  GRAPH ?g { ?x a ?class }
                  FILTER(?g NOT IN (<urn:mdkg:graph:derived>, <urn:mdkg:graph:meta>, <urn:mdkg:graph:changes>)
                         && !STRSTARTS(STR(?g), "urn:mdkg:graph:ontology/")) } }
              ?class rdfs:subClassOf+ ?super .
              FILTER(isIRI(?super))
              FILTER NOT EXISTS { ?x a ?super }
            }
            """;

    @Override
    public String name() {
        return "type closure";
    }

    @Override
    public void apply(DatasetGraph dataset) {
        UpdateExec.dataset(dataset).update(UPDATE).execute();
    }
}
