package org.mdkg.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** Runs SHACL shapes over a graph and reports each finding with focus node, path and message. */
public final class ShapeValidator {
    private final Shapes shapes;
    private final Targets targets;
    private final PrefixMapping prefixes;

    private final Set<Node> mentioned;
    private final Set<Node> backwards;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.targets = new Targets(shapes);
        this.prefixes = shapesGraph.getPrefixMapping();
        this.mentioned = mentioned(shapesGraph, NAMES);
        this.backwards = mentioned(shapesGraph, INTO_THIS);
        shapesGraph
                .find(Node.ANY, NodeFactory.createURI(SHACL.NS + "inversePath"), Node.ANY)
                .forEachRemaining(t -> backwards.add(t.getObject()));
    }

    /**
     * Whether a shape follows {@code property} from its object to its subject (an inverse path, or a SPARQL
     * constraint with a pattern {@code ?x property $this}), so that a change to the subject's data can change the
     * finding of the object.
     */
    public boolean readsBackwards(Node property) {
        return backwards.contains(property);
    }

    /**
     * Every IRI the shapes name — in their triples, and in the text of their SPARQL constraints as a prefixed name or
     * an IRI — so that a change to a property no shape names cannot change a finding (except through a constraint
     * that reads any property, which {@code mdkg:valueProperty} makes possible for curated data).
     */
    public boolean mentions(Node iri) {
        return mentioned.contains(iri);
    }

    /** An IRI or a prefixed name in a SPARQL text. */
    private static final Pattern NAMES = Pattern.compile("<([^<>\\s]+)>|\\b([A-Za-z][\\w-]*):([A-Za-z_][\\w-]*)");
    /** An IRI or a prefixed name as the property of a pattern whose object is {@code $this}. */
    private static final Pattern INTO_THIS =
            Pattern.compile("(?:<([^<>\\s]+)>|\\b([A-Za-z][\\w-]*):([A-Za-z_][\\w-]*))\\s+\\$this\\b");

    /** The IRIs {@code names} finds in the shapes' SPARQL texts, and (for {@link #NAMES}) every IRI of the shapes. */
    private static Set<Node> mentioned(Graph shapesGraph, Pattern names) {
        Set<Node> found = new HashSet<>();
        shapesGraph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && names == NAMES) {
                    found.add(n);
                } else if (n.isLiteral()) {
                    Matcher m = names.matcher(n.getLiteralLexicalForm());
                    while (m.find()) {
                        String iri = m.group(1) != null
                                ? m.group(1)
                                : shapesGraph.getPrefixMapping().getNsPrefixURI(m.group(2)) == null
                                        ? null
                                        : shapesGraph.getPrefixMapping().getNsPrefixURI(m.group(2)) + m.group(3);
                        if (iri != null) {
                            found.add(NodeFactory.createURI(iri));
                        }
                    }
                }
            }
        });
        return found;
    }

    /** Every finding, violations first, then by focus node. */
    public List<ShapeResult> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
                .map(this::toResult)
                .sorted(Comparator.comparing((ShapeResult r) -> !r.isViolation())
                        .thenComparing(ShapeResult::focusNode))
                .toList();
    }

    /**
     * The findings about the given focus nodes only: each node validated against every shape that targets it in
     * {@code data}, in the order of {@link #validate(Graph)}.
     */
    public List<ShapeResult> validate(Graph data, Collection<Node> focusNodes) {
        List<ShapeResult> results = new ArrayList<>();
        ValidationContext context = ValidationContext.create(shapes, data);
        Map<Node, Set<Node>> superclasses = new HashMap<>();
        for (Node n : focusNodes) {
            for (Shape shape : targets.candidates(n, data, superclasses)) {
                if (VLib.isFocusNode(shape, n, data)) {
                    VLib.validateShape(context, data, shape, n);
                }
            }
        }
        context.generateReport().getEntries().forEach(e -> results.add(toResult(e)));
        results.sort(Comparator.comparing((ShapeResult r) -> !r.isViolation()).thenComparing(ShapeResult::focusNode));
        return results;
    }

    /** How a finding names {@code node} ({@link ShapeResult#focusNode()}). */
    public String focusName(Node node) {
        return shortForm(node);
    }

    /** The refusal of a write that would add {@code found}: a {@link ErrorKind#VIOLATION} listing each one. */
    public static MdkgException refusal(List<ShapeResult> found) {
        StringBuilder text = new StringBuilder(found.size() + " SHACL violation(s); nothing was changed");
        found.stream().limit(20).forEach(r -> text.append("\n  ").append(r));
        List<MdkgException.Finding> findings = found.stream()
                .map(r -> new MdkgException.Finding(Map.of(
                        "severity",
                        r.severity(),
                        "focusNode",
                        r.focusNode(),
                        "path",
                        r.path(),
                        "message",
                        r.message())))
                .toList();
        return MdkgException.withFindings(ErrorKind.VIOLATION, text.toString(), findings);
    }

    /**
     * The shapes with targets, by what they target, so that a node is checked against the few shapes that may target
     * it (SHACL's own check of one node asks every shape whether it targets the node, which costs more than the
     * validation). A candidate is confirmed by SHACL's own test ({@link VLib#isFocusNode}).
     */
    private static final class Targets {
        private final Map<Node, List<Shape>> byClass = new HashMap<>();
        private final Map<Node, List<Shape>> byNode = new HashMap<>();
        private final Map<Node, List<Shape>> bySubjectOf = new HashMap<>();
        private final Map<Node, List<Shape>> byObjectOf = new HashMap<>();
        /** Shapes with a target of another kind (SPARQL-based): always candidates. */
        private final List<Shape> others = new ArrayList<>();

        Targets(Shapes shapes) {
            for (Shape shape : shapes.getTargetShapes()) {
                for (Target t : shape.getTargets()) {
                    Map<Node, List<Shape>> index = switch (t.getTargetType()) {
                        case targetClass, implicitClass -> byClass;
                        case targetNode -> byNode;
                        case targetSubjectsOf -> bySubjectOf;
                        case targetObjectsOf -> byObjectOf;
                        default -> null;
                    };
                    if (index == null) {
                        others.add(shape);
                    } else {
                        index.computeIfAbsent(t.getObject(), k -> new ArrayList<>())
                                .add(shape);
                    }
                }
            }
        }

        /** The shapes that may target {@code n} in {@code data}, each once, in a stable order. */
        Collection<Shape> candidates(Node n, Graph data, Map<Node, Set<Node>> superclasses) {
            Set<Shape> found = new LinkedHashSet<>(others);
            found.addAll(byNode.getOrDefault(n, List.of()));
            data.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                for (Node c : superclasses.computeIfAbsent(t.getObject(), k -> closure(k, data))) {
                    found.addAll(byClass.getOrDefault(c, List.of()));
                }
            });
            bySubjectOf.forEach((p, shapes) -> {
                if (data.contains(n, p, Node.ANY)) {
                    found.addAll(shapes);
                }
            });
            byObjectOf.forEach((p, shapes) -> {
                if (data.contains(Node.ANY, p, n)) {
                    found.addAll(shapes);
                }
            });
            return found;
        }

        /** {@code type} and its superclasses by {@code rdfs:subClassOf*} in {@code data}. */
        private static Set<Node> closure(Node type, Graph data) {
            Set<Node> classes = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>(List.of(type));
            while (!todo.isEmpty()) {
                Node c = todo.remove(todo.size() - 1);
                if (classes.add(c)) {
                    data.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
                }
            }
            return classes;
        }
    }

    private ShapeResult toResult(ReportEntry e) {
        String path = e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes));
        return new ShapeResult(e.severity().level().getLocalName(), shortForm(e.focusNode()), path, e.message());
    }

    private String shortForm(Node node) {
        if (node.isURI()) {
            String qname = prefixes.qnameFor(node.getURI());
            return qname != null ? qname : "<" + node.getURI() + ">";
        }
        return node.toString();
    }
}
