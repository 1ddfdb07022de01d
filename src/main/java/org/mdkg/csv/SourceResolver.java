package org.mdkg.csv;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.base.Sha256;
import org.mdkg.vocab.FOAF;
import org.mdkg.vocab.MDKG;

/**
 * Turns a row's source URL into the {@code mdkg:Source} node its facts derive from: the store's existing source
 * with that {@code foaf:page}, or a new one {@code id:source/<slug of the URL>} labelled with the row's title.
 */
final class SourceResolver {
    static final Node FOAF_PAGE = FOAF.page;
    static final Node SOURCE = MDKG.Source;

    private final DatasetGraph store;
    private final Map<String, Node> byUrl = new LinkedHashMap<>();
    private final Map<Node, List<Triple>> fresh = new LinkedHashMap<>();

    SourceResolver(DatasetGraph store) {
        this.store = store;
    }

    /** The sources of one row's URLs ({@code ;}-separated); call inside a read transaction on the store. */
    List<Node> resolve(Cells cells, String urls, String title) {
        List<Node> nodes = new ArrayList<>();
        for (String url : Cells.split(urls)) {
            if (!isWebUrl(url)) {
                cells.problem("source_url", "'" + url + "' is not an http(s) URL");
                continue;
            }
            nodes.add(byUrl.computeIfAbsent(url, u -> existingOrNew(u, title)));
        }
        return nodes;
    }

    /** Sources this import creates, with their triples. */
    Map<Node, List<Triple>> newSources() {
        return fresh;
    }

    /** The access date of a source an import creates: the day of the import (the analyst read the page for it). */
    private static Node today() {
        return NodeFactory.createLiteralDT(LocalDate.now(ZoneOffset.UTC).toString(), XSDDatatype.XSDdate);
    }

    private Node existingOrNew(String url, String title) {
        var it = store.find(Node.ANY, Node.ANY, FOAF_PAGE, NodeFactory.createURI(url));
        while (it.hasNext()) {
            Node s = it.next().getSubject();
            if (store.contains(Node.ANY, s, RDF.type.asNode(), SOURCE)) {
                return s;
            }
        }
        Node s = NodeFactory.createURI(MDKG.ID + "source/" + slug(url));
        if (store.find(Node.ANY, s, Node.ANY, Node.ANY).hasNext() || fresh.containsKey(s)) {
            s = NodeFactory.createURI(s.getURI() + "-" + Sha256.hex(url).substring(0, 8));
        }
        Node label = NodeFactory.createLiteralLang(title == null || title.isEmpty() ? url : title, "en");
        fresh.put(
                s,
                List.of(
                        Triple.create(s, RDF.type.asNode(), SOURCE),
                        Triple.create(s, RDFS.label.asNode(), label),
                        Triple.create(s, DCTerms.title.asNode(), label),
                        Triple.create(s, FOAF_PAGE, NodeFactory.createURI(url)),
                        Triple.create(s, MDKG.accessed, today())));
        return s;
    }

    static String slug(String url) {
        String s = url.replaceFirst("^[a-zA-Z]+://", "")
                .replaceFirst("^www\\.", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }

    static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
