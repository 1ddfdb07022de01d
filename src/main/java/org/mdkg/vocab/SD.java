package org.mdkg.vocab;

/** The SPARQL 1.1 Service Description namespace and the W3C format identifiers it names result formats with. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    private SD() {}
}
