package org.mdkg.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.mdkg.vocab.MDKG;

/**
 * A framework (GCM, JVAP, SDGs) or one of its elements (an objective, domain, principle, initiative or SDG
 * target): which dialogues and which commitments serve it, with their status. A framework's page also shows its
 * elements × dialogues coverage matrix.
 */
final class FrameworkPage implements KindPage {
    private static final Set<Node> ELEMENTS = Set.of(
            MDKG.FrameworkElement,
            MDKG.GCMObjective,
            MDKG.JVAPDomain,
            MDKG.GuidingPrinciple,
            MDKG.PriorityInitiative,
            SKOS.Concept.asNode());

    private final Data data;
    private final CommitmentList commitments;

    FrameworkPage(Data data, CommitmentList commitments) {
        this.data = data;
        this.commitments = commitments;
    }

    @Override
    public boolean handles(Set<Node> types) {
        return types.contains(MDKG.Framework) || types.stream().anyMatch(ELEMENTS::contains);
    }

    @Override
    public List<Section> sections(Node f, Labels labels) {
        boolean isFramework = labels.dataset().contains(Node.ANY, f, RDF.type.asNode(), MDKG.Framework);
        Section serving = commitments.section(
                isFramework ? "framework" : "objective",
                f,
                "Commitments serving it, by status",
                "Made under the framework or aligned with it, directly or through "
                        + "the document part they are stated in; status today.",
                labels);
        if (isFramework) {
            return List.of(serving, Section.of("elements", "Elements", null, elements(f, labels)), coverage(f, labels));
        }
        return List.of(dialogues(f, labels), serving);
    }

    private Table elements(Node f, Labels labels) {
        Table.Builder t = Table.of("Elements", "Number", "Element", "Kind");
        for (Map<String, Node> r : data.named("framework-elements", Rows.param("framework", f.getURI()))) {
            t.row(Rows.cell(labels, r, "number"), Rows.cell(labels, r, "element"), Rows.cell(labels, r, "kind"));
        }
        return t.build();
    }

    private Section coverage(Node f, Labels labels) {
        String slug = Rows.slug(f);
        String query = slug.equals("gcm") ? "coverage-gcm" : slug.equals("jvap") ? "coverage-jvap" : null;
        if (query == null) {
            return Section.of("coverage", "Coverage", null);
        }
        return Section.of(
                "coverage",
                "Coverage by dialogue",
                "Each cell: commitments aligned (with evidence).",
                Coverage.matrix(data, query, List.of(), labels.of(f), labels));
    }

    private Section dialogues(Node e, Labels labels) {
        Table.Builder t = Table.of("Dialogues serving it", "Dialogue", "Commitments", "With evidence");
        for (Map<String, Node> r : data.own("element-dialogues", Map.of("element", e))) {
            t.row(
                    Rows.cell(labels, r, "process"),
                    Rows.cell(labels, r, "commitments"),
                    Rows.cell(labels, r, "withEvidence"));
        }
        return Section.of("dialogues", "Dialogues serving it", null, t.build());
    }
}
