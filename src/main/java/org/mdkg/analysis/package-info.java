/**
 * Knowledge derived from the curated data: the current implementation status of each commitment,
 * computed from its dated, attributed assessments and recomputed on every load.
 */
package org.mdkg.analysis;
