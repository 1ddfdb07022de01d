package org.mdkg.load;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

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
        return report.getEntries().stream()
                .map(this::toResult)
                .sorted(Comparator.comparing((ShapeResult r) -> !r.isViolation())
                        .thenComparing(ShapeResult::focusNode))
                .toList();
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
