/**
 * Documentation generated from the graph itself: the ontology page at {@code /ontology} (classes,
 * properties, vocabularies, worked example queries) and the ontology as Turtle or JSON-LD.
 */
package org.mdkg.docs;
