package org.mdkg.load;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A file parsed into memory, ready to be committed: triples of its default graph and any named graphs
 * it declares (TriG, N-Quads).
 */
public record ParsedFile(Path path, String displayName, DatasetGraph content, String sha256) {

    /** Triples and quads the file holds. */
    public long size() {
        long n = content.getDefaultGraph().size();
        var it = content.listGraphNodes();
        while (it.hasNext()) {
            n += content.getGraph(it.next()).size();
        }
        return n;
    }
}
