package org.mdkg.derive;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What a step's output depends on, so that a write re-derives only what it can change. A changed quad matters to a
 * step only if the step reads its predicate ({@code reads}); its subject is then an anchor, and so is its object when
 * the step follows that predicate from object to subject ({@code backwards}, e.g. from a commitment to its
 * assessments over {@code mdkg:assesses}). The anchors are keys — nodes whose derived data is recomputed — and so are
 * the nodes {@code ?k} that {@code keys}, a SPARQL group pattern (empty: none), relates to a subject anchor
 * {@code ?n}: every path along which the step reads from a key, and every prefix of it, so that the nearer end of a
 * removed link is still reached after the write. {@code backwardKeys} does the same for an object anchor: the paths
 * that end where the step turns back over one of the {@code backwards} predicates. {@code readOn} narrows {@code keys}
 * for predicates among {@code reads} that the step reads only at the end of fewer paths: for each, the pattern of
 * those paths (in the form of {@code keys}), or an empty one when the step reads it on the key itself only, so that a
 * change to it makes just its subject a key.
 */
public record Dependencies(
        Set<Node> reads, Set<Node> backwards, String keys, String backwardKeys, Map<Node, String> readOn) {
    public Dependencies {
        reads = Set.copyOf(reads);
        backwards = Set.copyOf(backwards);
        readOn = Map.copyOf(readOn);
        if (!reads.containsAll(readOn.keySet())) {
            throw new IllegalArgumentException("readOn names a predicate the step does not read");
        }
    }

    /** Dependencies that read every predicate at the end of every path of {@code keys}. */
    public Dependencies(Set<Node> reads, Set<Node> backwards, String keys, String backwardKeys) {
        this(reads, backwards, keys, backwardKeys, Map.of());
    }

    /** The pattern that finds the keys of a subject anchor of {@code predicate}, one of {@link #reads}. */
    public String keysOf(Node predicate) {
        return readOn.getOrDefault(predicate, keys);
    }

    /** Dependencies whose object anchors are found by the same pattern as the subject anchors. */
    public Dependencies(Set<Node> reads, Set<Node> backwards, String keys) {
        this(reads, backwards, keys, keys);
    }
}
