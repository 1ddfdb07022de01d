package org.mdkg.analysis;

import java.util.function.Supplier;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryEvaluator;

/**
 * A fast path of one named query: it answers only for the query id and the SPARQL it was written for (an edited query
 * file is run as text), and it may keep what it read from the store until the data version changes.
 */
abstract class FastPath implements QueryEvaluator {
    private final String id;
    private final String sparqlSha256;
    private volatile Memo memo;

    /** What was read, and the data version it was read at. */
    private record Memo(String version, Object read) {}

    /** @param sparqlSha256 {@link FastPaths#fingerprint} of the query this fast path was written for */
    FastPath(String id, String sparqlSha256) {
        this.id = id;
        this.sparqlSha256 = sparqlSha256;
    }

    @Override
    public final boolean evaluates(NamedQuery query) {
        return query.id().equals(id) && sparqlSha256.equals(FastPaths.fingerprint(query));
    }

    /** What {@code read} gives, kept for the next call at the same {@code version} (read afresh when it is null). */
    @SuppressWarnings("unchecked")
    final <T> T kept(String version, Supplier<T> read) {
        Memo last = memo;
        if (version != null && last != null && version.equals(last.version())) {
            return (T) last.read();
        }
        T fresh = read.get();
        memo = new Memo(version, fresh);
        return fresh;
    }
}
