package org.mdkg.load;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.mdkg.base.Sha256;
import org.mdkg.base.Version;
import org.mdkg.derive.Derivation;
import org.mdkg.derive.Derivations;
import org.mdkg.vocab.CHANGE;
import org.mdkg.vocab.GraphNames;

/**
 * The hash of what the derived graph was computed from, kept in the metadata graph so that a start re-derives only
 * when it changed: the SHA-256 of every loaded file (their load records), the derivation steps and the mdkg version.
 * Writes through the write service derive in their own transaction and leave the load records alone, so they keep
 * the stamp true; a load, an upgrade of mdkg or a store whose derivations never ran changes it.
 */
public final class DerivationStamp {
    /** The subject of the store's own statements in the metadata graph (as for its data version). */
    private static final Node STORE = NodeFactory.createURI("urn:mdkg:store");

    private DerivationStamp() {}

    /** The stamp the store's data calls for now; read inside a transaction. */
    public static String expected(DatasetGraph dsg, Derivations derivations) {
        List<String> lines = new ArrayList<>();
        lines.add("mdkg " + Version.current());
        derivations.steps().stream().map(Derivation::name).forEach(n -> lines.add("step " + n));
        List<String> files = new ArrayList<>();
        dsg.find(GraphNames.META, Node.ANY, DCTerms.identifier.asNode(), Node.ANY)
                .forEachRemaining(
                        q -> files.add(q.getSubject() + " " + q.getObject().getLiteralLexicalForm()));
        files.sort(null);
        lines.addAll(files);
        return Sha256.hex(String.join("\n", lines));
    }

    /** Whether the derived graph was computed from the data as it is; read inside a transaction. */
    public static boolean isCurrent(DatasetGraph dsg, Derivations derivations) {
        var kept = dsg.find(GraphNames.META, STORE, CHANGE.derivedFrom, Node.ANY);
        return kept.hasNext() && kept.next().getObject().getLiteralLexicalForm().equals(expected(dsg, derivations));
    }

    /** Records that the derived graph is current; call inside the write transaction that derived it. */
    public static void record(DatasetGraph dsg, Derivations derivations) {
        String stamp = expected(dsg, derivations);
        dsg.deleteAny(GraphNames.META, STORE, CHANGE.derivedFrom, Node.ANY);
        dsg.add(GraphNames.META, STORE, CHANGE.derivedFrom, NodeFactory.createLiteralString(stamp));
    }
}
