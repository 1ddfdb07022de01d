package org.mdkg.analysis;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
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

    /** The values of an optional pattern: one unbound value (null) when there are none. */
    static List<Node> orNone(List<Node> values) {
        return values == null || values.isEmpty() ? Collections.singletonList(null) : values;
    }

    /** SPARQL's {@code STRAFTER}: empty when {@code marker} is not found. */
    static String after(String text, String marker) {
        int i = text.indexOf(marker);
        return i < 0 ? "" : text.substring(i + marker.length());
    }

    /** Binds {@code var} to {@code value} when there is one (an unbound column stays out of the row). */
    static void put(BindingBuilder b, String var, Node value) {
        if (value != null) {
            b.add(Var.alloc(var), value);
        }
    }
}
