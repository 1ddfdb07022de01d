/**
 * Knowledge derived from the curated data at every load, inside the load transaction, into the graph
 * {@code urn:mdkg:graph:derived}: the current implementation status of each commitment from its dated,
 * attributed assessments ({@link org.mdkg.analysis.CurrentStatusDerivation}); each commitment's document,
 * adoption date, dialogues, frameworks and months to first evidence
 * ({@link org.mdkg.analysis.CommitmentContextDerivation}); the scorecards and coverage matrices
 * ({@link org.mdkg.analysis.ScorecardDerivation}); and the facts behind the partnership indicators
 * ({@link org.mdkg.analysis.IndicatorFactDerivation}). The analysis queries in {@code queries/} read them.
 * One analysis also has a fast path for {@code /api}, a {@link org.mdkg.query.QueryEvaluator} that computes the
 * same rows as its query text straight from the store: {@link org.mdkg.analysis.UnimplementedCommitments}.
 */
package org.mdkg.analysis;
