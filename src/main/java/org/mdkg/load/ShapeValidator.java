package org.mdkg.load;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;

/** Runs SHACL shapes over a graph and reports each finding with focus node, path and message. */
public final class ShapeValidator {
    private final Shapes shapes;
    private final PrefixMapping prefixes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = shapesGraph.getPrefixMapping();
    }

    /** Every finding, violations first, then by focus node. */
    public List<ShapeResult> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().map(this::toResult)
                .sorted(Comparator.comparing((ShapeResult r) -> !r.isViolation()).thenComparing(ShapeResult::focusNode))
                .toList();
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
