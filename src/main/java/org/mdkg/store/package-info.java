/**
 * Opens the dataset mdkg serves: a TDB2 directory whose default graph is the union of its named graphs (the
 * default), or a remote store reached through the SPARQL 1.1 protocols ({@link org.mdkg.store.SparqlStore}).
 */
package org.mdkg.store;
