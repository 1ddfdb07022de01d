package org.mdkg.docs;

import static org.mdkg.docs.Html.esc;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mdkg.query.NamedQuery;
import org.mdkg.vocab.MDKG;

/**
 * Renders the ontology as one readable HTML page: how to query, worked examples, then every mdkg class
 * and property with its labels, definition, domain, range and example, then every SKOS vocabulary.
 */
public final class OntologyPage {
    private final Model model;
    private final List<NamedQuery> examples;

    /** @param examples named queries shown as worked examples, with their SPARQL text */
    public OntologyPage(Graph ontology, List<NamedQuery> examples) {
        this.model = ModelFactory.createModelForGraph(ontology);
        this.examples = examples;
    }

    public String render() {
        StringBuilder h = new StringBuilder(64_000);
        Resource onto = model.createResource(MDKG.ONTOLOGY);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>mdkg ontology</title><style>")
                .append(CSS)
                .append("</style></head><body>");
        h.append("<h1>")
                .append(esc(text(onto, "http://purl.org/dc/terms/title", "mdkg ontology")))
                .append("</h1>");
        h.append("<p>Namespace <code>")
                .append(MDKG.NS)
                .append("</code> (prefix <code>mdkg:</code>); instances under <code>")
                .append(MDKG.ID)
                .append("</code>. Version ")
                .append(esc(text(onto, OWL.versionInfo.getURI(), "?")))
                .append(
                        ". Download: <a href=\"ontology?format=ttl\">Turtle</a> · <a href=\"ontology?format=jsonld\">JSON-LD</a>.</p>");
        h.append("<p>")
                .append(esc(text(onto, "http://purl.org/dc/terms/description", "")))
                .append("</p>");
        h.append("<p>").append(esc(text(onto, RDFS.comment.getURI(), ""))).append("</p>");
        toc(h);
        howToQuery(h);
        examples(h);
        classes(h);
        properties(h);
        vocabularies(h);
        h.append("</body></html>");
        return h.toString();
    }

    private void toc(StringBuilder h) {
        h.append("<nav><a href=\"#querying\">How to query</a> · <a href=\"#examples\">Worked examples</a> · ")
                .append("<a href=\"#classes\">Classes</a> · <a href=\"#properties\">Properties</a> · ")
                .append("<a href=\"#vocabularies\">Vocabularies</a></nav>");
    }

    private void howToQuery(StringBuilder h) {
        h.append("<h2 id=\"querying\">How to query</h2><ul>")
                .append(
                        "<li>Send SPARQL 1.1 to <a href=\"sparql\"><code>/sparql</code></a>. The default graph is the union of all named graphs.</li>")
                .append(
                        "<li>Implementation status lives on dated, attributed <a href=\"#Assessment\"><code>mdkg:Assessment</code></a> nodes ")
                .append(
                        "(<code>mdkg:assesses</code>, <code>mdkg:status</code>, <code>mdkg:assessmentDate</code>, <code>mdkg:assessmentKind</code>, ")
                .append("<code>prov:wasAttributedTo</code>, <code>prov:wasDerivedFrom</code>).</li>")
                .append(
                        "<li><code>mdkg:currentStatus</code> and <code>mdkg:latestAssessment</code> are derived at load time into graph ")
                .append(
                        "<code>urn:mdkg:graph:derived</code>: the latest assessment by date; on the same date independent beats civil society beats self-report.</li>")
                .append(
                        "<li>Every instance links to its sources with <code>prov:wasDerivedFrom</code>; <code>mdkg:unverified true</code> flags facts a source did not confirm.</li>")
                .append(
                        "<li>Each source file is its own named graph <code>urn:mdkg:graph:&lt;path&gt;</code>; <code>urn:mdkg:graph:meta</code> describes the loads.</li></ul>");
    }

    private void examples(StringBuilder h) {
        h.append("<h2 id=\"examples\">Worked examples</h2>");
        if (examples.isEmpty()) {
            h.append("<p>No example queries are loaded.</p>");
        }
        for (NamedQuery q : examples) {
            h.append("<h3 id=\"example-")
                    .append(esc(q.id()))
                    .append("\">")
                    .append(esc(q.summary()))
                    .append("</h3>");
            if (q.description() != null) {
                h.append("<p>").append(esc(q.description())).append("</p>");
            }
            h.append("<p>Named query <code>")
                    .append(esc(q.id()))
                    .append("</code>: REST <a href=\"api/queries/")
                    .append(esc(q.id()))
                    .append("\"><code>/api/queries/")
                    .append(esc(q.id()))
                    .append("</code></a>.</p>");
            h.append("<pre><code>").append(esc(q.text())).append("</code></pre>");
        }
    }

    private void classes(StringBuilder h) {
        h.append("<h2 id=\"classes\">Classes</h2>");
        for (Resource c : ours(OWL.Class)) {
            h.append("<section id=\"")
                    .append(esc(c.getLocalName()))
                    .append("\"><h3>mdkg:")
                    .append(esc(c.getLocalName()))
                    .append("</h3>");
            labelsAndDefinition(h, c);
            links(h, "Subclass of", c, RDFS.subClassOf);
            List<Resource> props = model.listSubjectsWithProperty(RDFS.domain, c).toList().stream()
                    .filter(p -> p.getURI() != null && p.getURI().startsWith(MDKG.NS))
                    .sorted(byName())
                    .toList();
            if (!props.isEmpty()) {
                h.append("<p>Properties: ")
                        .append(props.stream().map(this::link).collect(Collectors.joining(", ")))
                        .append("</p>");
            }
            example(h, c);
            h.append("</section>");
        }
    }

    private void properties(StringBuilder h) {
        h.append("<h2 id=\"properties\">Properties</h2>");
        List<Resource> props = ours(OWL.ObjectProperty);
        props.addAll(ours(OWL.DatatypeProperty));
        props.sort(byName());
        for (Resource p : props) {
            h.append("<section id=\"")
                    .append(esc(p.getLocalName()))
                    .append("\"><h3>mdkg:")
                    .append(esc(p.getLocalName()))
                    .append("</h3>");
            labelsAndDefinition(h, p);
            links(h, "Domain", p, RDFS.domain);
            links(h, "Range", p, RDFS.range);
            links(h, "Subproperty of", p, RDFS.subPropertyOf);
            example(h, p);
            h.append("</section>");
        }
    }

    private void vocabularies(StringBuilder h) {
        h.append("<h2 id=\"vocabularies\">Vocabularies</h2>");
        List<Resource> schemes =
                model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
        schemes.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Resource s : schemes) {
            if (s.getURI() == null || !s.getURI().startsWith(MDKG.ID)) {
                continue;
            }
            h.append("<section><h3><code>")
                    .append(esc(s.getURI()))
                    .append("</code> — ")
                    .append(esc(label(s)))
                    .append("</h3><table><tr><th>concept</th><th>label</th><th>definition</th></tr>");
            List<Resource> concepts =
                    model.listSubjectsWithProperty(SKOS.inScheme, s).toList();
            concepts.sort(Comparator.comparing(Resource::getURI));
            for (Resource c : concepts) {
                h.append("<tr><td><code>")
                        .append(esc(c.getURI().substring(MDKG.ID.length())))
                        .append("</code></td><td>")
                        .append(esc(label(c)))
                        .append("</td><td>")
                        .append(esc(text(c, SKOS.definition.getURI(), "")))
                        .append("</td></tr>");
            }
            h.append("</table></section>");
        }
    }

    private void labelsAndDefinition(StringBuilder h, Resource r) {
        String labels = r.listProperties(RDFS.label).toList().stream()
                .map(s -> esc(s.getLiteral().getLexicalForm()) + " <small>("
                        + esc(s.getLiteral().getLanguage()) + ")</small>")
                .sorted()
                .collect(Collectors.joining(" · "));
        h.append("<p class=\"labels\">").append(labels).append("</p>");
        String def = text(r, SKOS.definition.getURI(), text(r, RDFS.comment.getURI(), ""));
        h.append("<p>").append(esc(def)).append("</p>");
    }

    private void links(StringBuilder h, String title, Resource r, Property p) {
        List<RDFNode> targets = r.listProperties(p).mapWith(s -> s.getObject()).toList();
        if (!targets.isEmpty()) {
            h.append("<p>")
                    .append(title)
                    .append(": ")
                    .append(targets.stream().map(this::link).sorted().collect(Collectors.joining(", ")))
                    .append("</p>");
        }
    }

    private void example(StringBuilder h, Resource r) {
        r.listProperties(SKOS.example)
                .forEachRemaining(s -> h.append("<pre><code>")
                        .append(esc(
                                s.getObject().isLiteral()
                                        ? s.getLiteral().getLexicalForm()
                                        : s.getObject().toString()))
                        .append("</code></pre>"));
    }

    private String link(RDFNode n) {
        if (!n.isURIResource()) {
            return "<i>(a class expression)</i>";
        }
        String uri = n.asResource().getURI();
        if (uri.startsWith(MDKG.NS)) {
            String local = uri.substring(MDKG.NS.length());
            return "<a href=\"#" + esc(local) + "\">mdkg:" + esc(local) + "</a>";
        }
        String q = model.qnameFor(uri);
        return "<code>" + esc(q != null ? q : uri) + "</code>";
    }

    private List<Resource> ours(Resource type) {
        List<Resource> list = model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.getURI() != null && r.getURI().startsWith(MDKG.NS))
                .sorted(byName())
                .collect(Collectors.toList());
        return list;
    }

    private static Comparator<Resource> byName() {
        return Comparator.comparing(Resource::getURI);
    }

    private String label(Resource r) {
        return text(r, SKOS.prefLabel.getURI(), text(r, RDFS.label.getURI(), r.getURI()));
    }

    /** The English (or language-less) value of a property, else any value, else {@code fallback}. */
    private String text(Resource r, String property, String fallback) {
        Property p = model.createProperty(property);
        String any = null;
        for (var it = r.listProperties(p); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (!o.isLiteral()) {
                continue;
            }
            Literal l = o.asLiteral();
            if (l.getLanguage().isEmpty() || l.getLanguage().equals("en")) {
                return l.getLexicalForm();
            }
            any = l.getLexicalForm();
        }
        return any != null ? any : fallback;
    }

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}
            code,pre{background:#f4f4f4}pre{padding:.6rem;overflow-x:auto}section{border-top:1px solid #ddd;margin-top:1rem}
            .labels{color:#555}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
            nav{margin:1rem 0}""";
}
