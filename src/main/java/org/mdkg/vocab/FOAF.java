package org.mdkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The FOAF terms mdkg uses: the public page (URL) of a source. */
public final class FOAF {
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Node page = NodeFactory.createURI(NS + "page");

    private FOAF() {}
}
