package org.mdkg.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Every quad of a store, sorted: two equal fingerprints mean nothing changed at all (change log included). */
public record Fingerprint(long quads, String sha256) {

    public static Fingerprint of(DatasetGraph dsg) {
        List<org.apache.jena.sparql.core.Quad> all = Txn.calculateRead(dsg, () -> {
            List<org.apache.jena.sparql.core.Quad> qs = new ArrayList<>();
            dsg.find().forEachRemaining(qs::add);
            return qs;
        });
        Delta asAdded = new Delta(all, List.of());
        return new Fingerprint(all.size(), asAdded.sha256());
    }
}
