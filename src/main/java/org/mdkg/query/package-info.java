/**
 * Named SPARQL queries: files in {@code queries/} with a grlc-style header, their typed parameters,
 * binding of parameter values as RDF terms (never as text), and execution. Knows nothing of HTTP.
 */
package org.mdkg.query;
