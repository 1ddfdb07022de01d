package org.mdkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The small vocabulary of change records kept in {@code urn:mdkg:graph:changes}. */
public final class CHANGE {
    public static final String NS = "https://w3id.org/mdkg/change#";
    public static final Node GRAPH = GraphNames.CHANGES;
    public static final String ID_PREFIX = "urn:mdkg:change:";

    public static final Node Change = NodeFactory.createURI(NS + "Change");
    /** Who made the change: the token's name, the Basic user, or the operating-system user of a CLI run. */
    public static final Node author = NodeFactory.createURI(NS + "author");
    /** When it was committed, {@code xsd:dateTime} in UTC. */
    public static final Node committed = NodeFactory.createURI(NS + "committed");
    /** Where it came from: file names or the HTTP request line. */
    public static final Node source = NodeFactory.createURI(NS + "source");
    /** SHA-256 of the input (file bytes or request body). */
    public static final Node inputSha256 = NodeFactory.createURI(NS + "inputSha256");
    /** SHA-256 of the change itself: the sorted lines of its patch. */
    public static final Node sha256 = NodeFactory.createURI(NS + "sha256");

    public static final Node added = NodeFactory.createURI(NS + "added");
    public static final Node removed = NodeFactory.createURI(NS + "removed");
    /** A named graph the change touched. */
    public static final Node graph = NodeFactory.createURI(NS + "graph");
    /** One line a human reads: "New commitment C07 …", "Status of C07: limited → complete". */
    public static final Node summary = NodeFactory.createURI(NS + "summary");
    /** A commitment (or other node) the summary is about. */
    public static final Node about = NodeFactory.createURI(NS + "about");
    /** The quads added ("A …") and removed ("D …") in RDF Patch style, when small enough to keep. */
    public static final Node patch = NodeFactory.createURI(NS + "patch");

    /** The store's data version (on {@code <urn:mdkg:store>} in the metadata graph), renewed by every write. */
    public static final Node dataVersion = NodeFactory.createURI(NS + "dataVersion");

    /**
     * What the derived graph was computed from (on {@code <urn:mdkg:store>} in the metadata graph): a hash of the
     * loaded files and the derivation steps, so that a start re-derives only when it changed.
     */
    public static final Node derivedFrom = NodeFactory.createURI(NS + "derivedFrom");

    private CHANGE() {}
}
