package org.mdkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/**
 * A programme, partnership, project or fund: its partner countries, funders and implementers, and the three
 * criteria of the partnership assessment, each indicator with whether it holds and the facts behind it.
 */
final class ProgrammePage implements KindPage {
    private static final Set<Node> TYPES = Set.of(
            MDKG.Programme,
            MDKG.Partnership,
            MDKG.TalentPartnership,
            MDKG.GlobalSkillPartnership,
            MDKG.LabourMobilityScheme,
            MDKG.Project,
            MDKG.Fund);

    private final Data data;

    ProgrammePage(Data data) {
        this.data = data;
    }

    @Override
    public boolean handles(Set<Node> types) {
        return types.stream().anyMatch(TYPES::contains);
    }

    @Override
    public List<Section> sections(Node p, Labels labels) {
        List<Section> sections = new ArrayList<>();
        Table.Builder who = Table.of("Who takes part", "Role", "Actor or country");
        for (Map<String, Node> r : data.own("programme-parties", Map.of("programme", p))) {
            who.row(Cell.text(Rows.text(r, "role")), Rows.cell(labels, r, "party"));
        }
        sections.add(Section.of("parties", "Partners, funders and implementers", null, who.build()));
        for (String criterion : Partnerships.CRITERIA) {
            Table.Builder t = Table.of("Indicators of " + criterion, "Indicator", "Holds", "Facts behind it");
            for (Map<String, Node> r : data.named(
                    "partnership-assessment",
                    Map.of("programme", List.of(p.getURI()), "criterion", List.of(criterion)))) {
                boolean holds = "true".equals(Rows.text(r, "holds"));
                boolean warning = "warning".equals(Rows.text(r, "polarity"));
                String verdict = (holds ? "yes" : "no") + (warning ? " (a warning when yes)" : "");
                t.row(
                        Cell.text(Rows.text(r, "indicator")),
                        Cell.text(verdict).withCss(holds != warning ? "holds" : "lacks"),
                        Cell.text(Rows.text(r, "facts").isEmpty() ? "no facts in the graph" : Rows.text(r, "facts")));
            }
            sections.add(Section.of("criterion-" + criterion, "Criterion: " + criterion, null, t.build()));
        }
        return sections;
    }
}
