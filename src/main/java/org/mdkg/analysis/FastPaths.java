package org.mdkg.analysis;

import java.util.List;
import org.mdkg.base.Sha256;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryEvaluator;
import org.mdkg.store.Store;

/** The named queries answered by a fast path instead of their query text wherever a named query is run by name. */
public final class FastPaths {
    private FastPaths() {}

    /**
     * What a fast path's {@code evaluates} compares with the SPARQL it was written for: SHA-256 of the query as Jena
     * serialises it (header and comments aside), in hex.
     */
    static String fingerprint(NamedQuery query) {
        return Sha256.hex(query.query().serialize());
    }

    /** Every fast path: those of the embedded TDB2 store. */
    public static List<QueryEvaluator> all() {
        return List.of(new UnimplementedCommitments(), new SearchMatches(), new StatusAsOf(), new CommitmentListing());
    }

    /**
     * The fast paths for {@code store}: all of them on the embedded TDB2 store; on a remote store only {@link
     * UnimplementedCommitments}, which reads by whole-property scans and takes no {@code SAMPLE} from the store's
     * order (the others look up single resources, one request each over HTTP, and follow TDB2's index order where
     * their queries take a {@code SAMPLE}, so a remote store runs their texts).
     */
    public static List<QueryEvaluator> forStore(Store store) {
        return "TDB2".equals(store.kind()) ? all() : List.of(new UnimplementedCommitments());
    }
}
