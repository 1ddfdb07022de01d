/**
 * Analyst-friendly CSV: the tables of {@code data/templates/*.csv} (commitments, assessments, evidence links,
 * programmes, memberships) mapped to RDF and back. Slugs are resolved to IRIs and checked against the store;
 * every problem names its file, row and column; every row cites a source URL.
 */
package org.mdkg.csv;
