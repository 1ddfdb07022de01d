package org.mdkg.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.mdkg.vocab.MDKG;

/**
 * One resource as the index holds it: its names (labels, alternative and preferred labels, titles, codes), its texts
 * (descriptions, commitment texts, comments), in English, French or untagged, its kind and the label shown.
 *
 * @param names  literals as {@code lang + '\u0001' + lexical}
 * @param texts  likewise
 */
record IndexedResource(String iri, String kind, int rank, String label, List<String> names, List<String> texts) {
    static final String IRI = "iri";
    static final String KIND = "kind";
    static final String RANK = "rank";
    static final String LABEL = "label";
    static final String NAMES = "names";
    static final String TEXTS = "texts";
    static final String EXACT = "exact";
    static final String LITERAL = "literal";

    private static final List<Node> NAME_PROPERTIES = List.of(
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            DCTerms.title.asNode(),
            MDKG.code,
            MDKG.iso3);
    private static final List<Node> TEXT_PROPERTIES =
            List.of(DCTerms.description.asNode(), MDKG.text, RDFS.comment.asNode());
    private static final char SEP = '\u0001';

    /** Whether a resource's entry depends on its values of {@code predicate}. */
    static boolean reads(Node predicate) {
        return NAME_PROPERTIES.contains(predicate)
                || TEXT_PROPERTIES.contains(predicate)
                || RDF.type.asNode().equals(predicate);
    }

    /** Every resource with a name or a text in English, French or no language, read in one pass per property. */
    static List<IndexedResource> all(DatasetGraph dsg) {
        Map<Node, List<String>> names = new LinkedHashMap<>();
        Map<Node, List<String>> texts = new LinkedHashMap<>();
        NAME_PROPERTIES.forEach(p -> collect(dsg, Node.ANY, p, names));
        TEXT_PROPERTIES.forEach(p -> collect(dsg, Node.ANY, p, texts));
        Map<Node, List<Node>> types = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY)
                .forEachRemaining(q -> types.computeIfAbsent(q.getSubject(), k -> new ArrayList<>())
                        .add(q.getObject()));
        Set<Node> subjects = new LinkedHashSet<>(names.keySet());
        subjects.addAll(texts.keySet());
        List<IndexedResource> all = new ArrayList<>();
        for (Node s : subjects) {
            if (s.isURI()) {
                all.add(of(
                        s,
                        names.getOrDefault(s, List.of()),
                        texts.getOrDefault(s, List.of()),
                        types.getOrDefault(s, List.of())));
            }
        }
        return all;
    }

    /** The resource {@code s} as indexed, if it has a name or a text in English, French or no language. */
    static Optional<IndexedResource> read(DatasetGraph dsg, Node s) {
        Map<Node, List<String>> names = new HashMap<>();
        Map<Node, List<String>> texts = new HashMap<>();
        NAME_PROPERTIES.forEach(p -> collect(dsg, s, p, names));
        TEXT_PROPERTIES.forEach(p -> collect(dsg, s, p, texts));
        if (!names.containsKey(s) && !texts.containsKey(s)) {
            return Optional.empty();
        }
        List<Node> types = new ArrayList<>();
        dsg.find(Node.ANY, s, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        return Optional.of(of(s, names.getOrDefault(s, List.of()), texts.getOrDefault(s, List.of()), types));
    }

    private static IndexedResource of(Node s, List<String> names, List<String> texts, List<Node> types) {
        Node kind = null;
        for (Node t : types) {
            if (Kinds.rank(t) > Kinds.rank(kind)
                    || (kind == null && t.isURI() && t.getURI().startsWith(MDKG.NS))) {
                kind = t;
            }
        }
        String label = names.stream()
                .filter(n -> n.startsWith("en" + SEP))
                .findFirst()
                .orElse(names.isEmpty() ? texts.get(0) : names.get(0));
        return new IndexedResource(
                s.getURI(), kind == null ? null : kind.getURI(), Kinds.rank(kind), label, names, texts);
    }

    /** The English, French and untagged literals of {@code p} (on {@code s}, or on every subject), by subject. */
    private static void collect(DatasetGraph dsg, Node s, Node p, Map<Node, List<String>> into) {
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            String lang = o.isLiteral() ? o.getLiteralLanguage() : null;
            if (lang != null && (lang.isEmpty() || lang.startsWith("en") || lang.startsWith("fr"))) {
                String value = lang + SEP + o.getLiteralLexicalForm();
                List<String> values = into.computeIfAbsent(q.getSubject(), k -> new ArrayList<>());
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
        });
    }

    /** The Lucene document of this resource. */
    Document document() {
        Document d = new Document();
        d.add(new StringField(IRI, iri, Field.Store.YES));
        if (kind != null) {
            d.add(new StoredField(KIND, kind));
        }
        d.add(new StoredField(RANK, rank));
        d.add(new StoredField(LABEL, label));
        for (String n : names) {
            d.add(new TextField(NAMES, lexical(n), Field.Store.NO));
            d.add(new StringField(EXACT, Folding.whole(lexical(n)), Field.Store.NO));
            d.add(new StoredField(LITERAL, n));
        }
        for (String t : texts) {
            d.add(new TextField(TEXTS, lexical(t), Field.Store.NO));
            d.add(new StoredField(LITERAL, t));
        }
        return d;
    }

    /** The lexical form of a stored literal. */
    static String lexical(String stored) {
        return stored.substring(stored.indexOf(SEP) + 1);
    }

    /** A stored literal as an RDF term, with its language tag. */
    static Node literal(String stored) {
        int cut = stored.indexOf(SEP);
        String lang = stored.substring(0, cut);
        String lexical = stored.substring(cut + 1);
        return lang.isEmpty() ? NodeFactory.createLiteralString(lexical) : NodeFactory.createLiteralLang(lexical, lang);
    }
}
