/**
 * Named SPARQL queries: files in {@code queries/} with a {@code #+} YAML header (mdkg's keys and grlc's decorators)
 * and grlc/BASIL {@code ?_name} variables, their typed parameters,
 * binding of parameter values as RDF terms (never as text), and execution — by the query text, or by a
 * {@link org.mdkg.query.QueryEvaluator} registered as the fast path of a query. Knows nothing of HTTP.
 */
package org.mdkg.query;
