package org.mdkg.store;

import org.apache.jena.query.Query;

/**
 * For the benchmarks: a query as mdkg sends it to a remote store ({@link RemoteQueryEngine#forStore}, the store's
 * named graphs as {@code FROM} and {@code FROM NAMED}), and that query sent to the store directly through the same
 * endpoint code mdkg uses ({@link SparqlEndpoint#open}: the same HTTP client, request form and result parsing), with
 * no front-end in between.
 */
public final class StoreDirect {
    private final RemoteDataset dataset;

    private StoreDirect(RemoteDataset dataset) {
        this.dataset = dataset;
    }

    /** The direct way to {@code store}, which must be a remote one ({@link SparqlStore}). */
    public static StoreDirect of(Store store) {
        if (!(store.dataset() instanceof RemoteDataset remote)) {
            throw new IllegalArgumentException(store.kind() + " is not a remote store");
        }
        return new StoreDirect(remote);
    }

    /** {@code query} (parameters already bound) as mdkg sends it to the store now. */
    public Query sent(Query query) {
        return RemoteQueryEngine.forStore(query, dataset.graphs());
    }

    /**
     * Sends {@code sent} and reads all its rows, within {@code timeoutMillis}; the number of rows.
     *
     * @throws org.apache.jena.query.QueryCancelledException if the store gave up or did not answer in time
     */
    public long rows(Query sent, long timeoutMillis) {
        try (SparqlEndpoint.Rows rows = dataset.endpoint().open(sent, timeoutMillis)) {
            long n = 0;
            while (rows.rows().hasNext()) {
                rows.rows().next();
                n++;
            }
            return n;
        }
    }
}
