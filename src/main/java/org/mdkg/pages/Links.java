package org.mdkg.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/**
 * Where a resource's page is: an mdkg instance {@code https://w3id.org/mdkg/id/x} at {@code /id/x} on this server,
 * any other IRI at {@code /resource?iri=…} (the page says what the graph knows of it and links out).
 */
final class Links {
    static final String ID_PATH = "/id/";

    private Links() {}

    static String href(Node n) {
        if (n == null || !n.isURI()) {
            return null;
        }
        return href(n.getURI());
    }

    static String href(String iri) {
        if (iri.startsWith(MDKG.ID)) {
            return ID_PATH + iri.substring(MDKG.ID.length());
        }
        return "/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
