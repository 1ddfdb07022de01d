package org.mdkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms mdkg uses for provenance: every fact's source and every assessment's assessor. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node wasAttributedTo = term("wasAttributedTo");

    private PROV() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
