package org.mdkg.vocab;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The one prefix map of mdkg: what Turtle answers, SHACL reports, the service description and the SPARQL texts
 * the code builds abbreviate IRIs with.
 */
public final class Prefixes {
    private static final Map<String, String> MAP = new TreeMap<>(Map.ofEntries(
            Map.entry("mdkg", MDKG.NS),
            Map.entry("id", MDKG.ID),
            Map.entry("rdf", RDF.getURI()),
            Map.entry("rdfs", RDFS.getURI()),
            Map.entry("owl", OWL.NS),
            Map.entry("xsd", XSD.NS),
            Map.entry("skos", SKOS.uri),
            Map.entry("dct", DCTerms.NS),
            Map.entry("prov", PROV.NS),
            Map.entry("org", ORG.NS),
            Map.entry("foaf", FOAF.NS),
            Map.entry("void", VOID.NS),
            Map.entry("dcat", DCAT.NS),
            Map.entry("sd", SD.NS),
            Map.entry("formats", SD.FORMATS),
            Map.entry("status", MDKG.STATUS),
            Map.entry("kind", MDKG.ASSESSMENT_KIND),
            Map.entry("lifecycle", MDKG.LIFECYCLE)));

    private Prefixes() {}

    /** Prefix → namespace, sorted by prefix. */
    public static Map<String, String> map() {
        return MAP;
    }

    /** A fresh, mutable copy to attach to a graph or model. */
    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(MAP);
    }

    /** The map as SPARQL {@code PREFIX} lines, for query texts the code builds. */
    public static String sparql() {
        StringBuilder b = new StringBuilder();
        MAP.forEach((p, ns) ->
                b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }
}
