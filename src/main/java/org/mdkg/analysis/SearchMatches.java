package org.mdkg.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.OrderBy;
import org.mdkg.vocab.MDKG;

/**
 * The fast path of {@code queries/search.rq} for {@code /api} on the embedded store: the same rows in the same
 * order as the query text, found by one index scan per searched property and a plain string test, where the query
 * engine evaluates twelve regular-expression replacements per literal (2.7 s on 10^6 triples). It folds case and
 * accents exactly as the query does ({@link #fold}: {@code LCASE}, then the same six replacements), and takes what
 * the query's {@code SAMPLE}s take in TDB2: the first matching literal in the order of the query's {@code VALUES}
 * and of the store's index, the first English label of the resource; the kind is the least {@code mdkg:} class IRI
 * as text. {@code FastPathsTest} checks both give identical answers.
 */
public final class SearchMatches extends FastPath {
    /** The searched properties, in the order of the query's {@code VALUES}. */
    private static final List<Node> PROPERTIES = List.of(
            RDFS.label.asNode(),
            SKOS.altLabel.asNode(),
            SKOS.prefLabel.asNode(),
            DCTerms.title.asNode(),
            DCTerms.description.asNode(),
            MDKG.term("text"));

    /** The query's accent replacements, in its order. */
    private static final Pattern[] ACCENTED = {
        Pattern.compile("[àáâãäå]"),
        Pattern.compile("[èéêë]"),
        Pattern.compile("[ìíîï]"),
        Pattern.compile("[òóôõö]"),
        Pattern.compile("[ùúûü]"),
        Pattern.compile("ç")
    };

    private static final String[] PLAIN = {"a", "e", "i", "o", "u", "c"};

    /** Every character {@link #ACCENTED} replaces: a text without one is left as it is. */
    private static final String ACCENTED_CHARS = "àáâãäåèéêëìíîïòóôõöùúûüç";

    /** SHA-256 of the query's SPARQL as Jena serialises it (header and comments aside); see {@link #evaluates}. */
    static final String SPARQL_SHA256 = "b9f1995aeb5ff201d6d8f5ea4ec07e2b5807c10731cb1aac87797747e2dd4577";

    public SearchMatches() {
        super("search", SPARQL_SHA256);
    }

    @Override
    public RowSet evaluate(DatasetGraph dataset, String version, NamedQuery query, Map<String, List<Node>> params) {
        String needle = fold(params.get("q").get(0).getLiteralLexicalForm());
        QuadScan scan = new QuadScan(dataset);
        Map<Node, Node> matches = new LinkedHashMap<>();
        for (Node property : PROPERTIES) {
            scan.forEach(property, null, (resource, text) -> {
                if (!matches.containsKey(resource)
                        && isSearched(text)
                        && fold(text.getLiteralLexicalForm()).contains(needle)) {
                    matches.put(resource, text);
                }
            });
        }
        List<Binding> rows = new ArrayList<>(matches.size());
        matches.forEach((resource, text) -> rows.add(row(scan, resource, text)));
        return RowSetStream.create(
                query.query().getProjectVars(),
                OrderBy.sort(rows, query.query().getOrderBy()).iterator());
    }

    private static Binding row(QuadScan scan, Node resource, Node text) {
        BindingBuilder b = Binding.builder();
        b.add(Var.alloc("resource"), resource);
        scan.values(resource, RDFS.label.asNode()).stream()
                .filter(l -> l.isLiteral() && NodeFunctions.langMatches(l.getLiteralLanguage(), "en"))
                .findFirst()
                .ifPresent(l -> b.add(Var.alloc("label"), l));
        scan.values(resource, RDF.type.asNode()).stream()
                .filter(k -> k.isURI() && k.getURI().startsWith(MDKG.NS))
                .map(Node::getURI)
                .min(String::compareTo)
                .ifPresent(k -> b.add(Var.alloc("kind"), NodeFactory.createURI(k)));
        b.add(Var.alloc("match"), text);
        return b.build();
    }

    /** A literal the query searches: untagged, or tagged English or French. */
    private static boolean isSearched(Node n) {
        if (!n.isLiteral()) {
            return false;
        }
        String lang = n.getLiteralLanguage();
        return lang.isEmpty() || NodeFunctions.langMatches(lang, "en") || NodeFunctions.langMatches(lang, "fr");
    }

    /** The query's folding: {@code LCASE} as Jena computes it, then the six accent replacements in order. */
    static String fold(String text) {
        String folded = text.toLowerCase(Locale.getDefault());
        if (folded.chars().noneMatch(c -> ACCENTED_CHARS.indexOf(c) >= 0)) {
            return folded;
        }
        for (int i = 0; i < ACCENTED.length; i++) {
            folded = ACCENTED[i].matcher(folded).replaceAll(PLAIN[i]);
        }
        return folded;
    }
}
