package org.mdkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.FOAF;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.PROV;

/**
 * Builds the page of one resource from the facts about it ({@code entity-out.rq}), the facts that mention it
 * ({@code entity-in.rq}) and the sections of its kind. The facts are those the RDF forms of the page hold
 * ({@link EntityRdf}), so the HTML and the Turtle describe the same resource.
 */
final class EntityPage {
    /** Facts mentioning the resource that the page lists; the RDF forms hold them all. */
    static final int INCOMING_SHOWN = 200;

    private final Data data;
    private final List<KindPage> kinds;

    EntityPage(Data data, List<KindPage> kinds) {
        this.data = data;
        this.kinds = List.copyOf(kinds);
    }

    /** The page of {@code resource}, or empty when the store knows nothing of it. */
    Optional<EntityView> build(Node resource, Layout layout, String selfHref) {
        return data.read(() -> {
            List<Map<String, Node>> out = data.own("entity-out", Map.of("s", resource));
            List<Map<String, Node>> in = data.own("entity-in", Map.of("o", resource));
            if (out.isEmpty() && in.isEmpty()) {
                return Optional.empty();
            }
            Labels labels = new Labels(data.dataset(), layout.lang());
            Set<Node> types = new LinkedHashSet<>();
            out.stream().filter(r -> r.get("p").equals(RDF.type.asNode())).forEach(r -> types.add(r.get("o")));
            List<SourceRef> sources = sources(out, labels);
            List<Integer> numbers = sources.stream().map(SourceRef::number).toList();
            List<Section> sections = new ArrayList<>();
            for (KindPage k : kinds) {
                if (k.handles(types)) {
                    k.sections(resource, labels).stream()
                            .filter(s -> !s.isEmpty())
                            .forEach(sections::add);
                }
            }
            return Optional.of(new EntityView(
                    layout,
                    resource.getURI(),
                    labels.of(resource),
                    otherLabel(resource, labels, layout),
                    kind(types, labels),
                    first(out, labels, DCTerms.description.asNode(), MDKG.text, RDFS.comment.asNode()),
                    sections,
                    facts(out, labels, numbers),
                    incoming(in, labels),
                    in.size(),
                    sources,
                    formats(selfHref)));
        });
    }

    private static String otherLabel(Node resource, Labels labels, Layout layout) {
        String other = new Labels(labels.dataset(), layout.otherLang()).inLanguage(resource);
        return other == null || other.equals(labels.of(resource)) ? null : other;
    }

    private static Cell kind(Set<Node> types, Labels labels) {
        return types.stream()
                .filter(t -> t.isURI() && t.getURI().startsWith(MDKG.NS))
                .findFirst()
                .or(() -> types.stream().findFirst())
                .map(labels::cell)
                .orElse(Cell.text("resource"));
    }

    private static String first(List<Map<String, Node>> out, Labels labels, Node... properties) {
        for (Node p : properties) {
            Node best = null;
            for (Map<String, Node> r : out) {
                Node o = r.get("o");
                if (r.get("p").equals(p) && o.isLiteral()) {
                    if (best == null || o.getLiteralLanguage().startsWith(labels.lang())) {
                        best = o;
                    }
                }
            }
            if (best != null) {
                return best.getLiteralLexicalForm();
            }
        }
        return null;
    }

    private static List<SourceRef> sources(List<Map<String, Node>> out, Labels labels) {
        List<SourceRef> refs = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (Map<String, Node> r : out) {
            if (r.get("p").equals(PROV.wasDerivedFrom) && seen.add(r.get("o"))) {
                Node src = r.get("o");
                Node page = labels.value(src, FOAF.page);
                Node publisher = labels.value(src, DCTerms.publisher.asNode());
                refs.add(new SourceRef(
                        refs.size() + 1,
                        labels.cell(src),
                        publisher == null ? null : labels.of(publisher),
                        page == null ? null : labels.cell(page)));
            }
        }
        return refs;
    }

    private static List<Fact> facts(List<Map<String, Node>> out, Labels labels, List<Integer> sources) {
        List<Fact> facts = new ArrayList<>();
        for (Map<String, Node> r : out) {
            Node g = r.get("g");
            List<Integer> refs =
                    g.equals(GraphNames.DERIVED) || r.get("p").equals(PROV.wasDerivedFrom) ? List.of() : sources;
            facts.add(new Fact(labels.cell(r.get("p")), labels.cell(r.get("o")), refs, file(g)));
        }
        facts.sort(Comparator.comparing((Fact f) -> order(f.property().text()))
                .thenComparing(f -> f.property().text()));
        return facts;
    }

    /** Labels and types first, provenance last, the rest by property name. */
    private static int order(String property) {
        return switch (property) {
            case "label", "rdfs:label" -> 0;
            case "rdf:type", "type" -> 1;
            case "prov:wasDerivedFrom", "derived from" -> 9;
            default -> 5;
        };
    }

    private static List<Fact> incoming(List<Map<String, Node>> in, Labels labels) {
        return in.stream()
                .limit(INCOMING_SHOWN)
                .map(r -> new Fact(labels.cell(r.get("p")), labels.cell(r.get("s")), List.of(), file(r.get("g"))))
                .toList();
    }

    /** The file a named graph was loaded from, linked to the graph's triples at {@code /data}. */
    static Cell file(Node graph) {
        String iri = graph.getURI();
        if (graph.equals(GraphNames.DERIVED)) {
            return Cell.text("derived by mdkg");
        }
        String name = iri.startsWith(GraphNames.PREFIX) ? iri.substring(GraphNames.PREFIX.length()) : iri;
        return Cell.link(name, "/data?graph=" + Layout.encode(iri));
    }

    private static List<Cell> formats(String selfHref) {
        String sep = selfHref.contains("?") ? "&" : "?";
        return List.of(
                Cell.link("Turtle", selfHref + sep + "format=ttl"),
                Cell.link("JSON-LD", selfHref + sep + "format=jsonld"),
                Cell.link("N-Triples", selfHref + sep + "format=nt"));
    }
}
