package org.mdkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The mdkg ontology namespace and the terms the code refers to. */
public final class MDKG {
    public static final String NS = "https://w3id.org/mdkg/ontology#";
    public static final String ID = "https://w3id.org/mdkg/id/";
    public static final String ONTOLOGY = "https://w3id.org/mdkg/ontology";

    public static final Node Commitment = term("Commitment");
    public static final Node Assessment = term("Assessment");
    public static final Node assesses = term("assesses");
    public static final Node status = term("status");
    public static final Node currentStatus = term("currentStatus");

    private MDKG() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
