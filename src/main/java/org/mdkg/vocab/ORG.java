package org.mdkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C Organization Ontology terms mdkg uses for actors and memberships. */
public final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";

    public static final Node Membership = term("Membership");
    public static final Node member = term("member");
    public static final Node organization = term("organization");
    public static final Node role = term("role");

    private ORG() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
