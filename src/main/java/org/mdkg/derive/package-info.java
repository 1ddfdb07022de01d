/**
 * Knowledge computed from the curated data: one explicit ordered pipeline of steps ({@link
 * org.mdkg.derive.Derivations#standard()}) computed inside the transaction of every load (in full) and write (for
 * what the change affects, see {@link org.mdkg.derive.Dependencies}) into the graph {@code urn:mdkg:graph:derived}: current status, commitment context, scorecards and coverage, indicator
 * facts, gap context, overlap pairs and indicator results. No step calls another; derived nodes have IRIs made
 * from what they are about. The derived terms are declared in {@code ontology/derived.ttl}.
 */
package org.mdkg.derive;
