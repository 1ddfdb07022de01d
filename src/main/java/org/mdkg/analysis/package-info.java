/**
 * Analyses that need more than a query file: the fast path of {@code unimplemented-commitments}, a
 * {@link org.mdkg.query.QueryEvaluator} that computes the same rows as its query text straight from the store
 * ({@link org.mdkg.analysis.UnimplementedCommitments}), registered in {@link org.mdkg.analysis.FastPaths}.
 */
package org.mdkg.analysis;
