package org.mdkg.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/** A state as actor: its country's page (which holds everything about it), its memberships and its commitments. */
final class StatePage implements KindPage {
    private final Data data;
    private final CommitmentList commitments;

    StatePage(Data data, CommitmentList commitments) {
        this.data = data;
        this.commitments = commitments;
    }

    @Override
    public boolean handles(Set<Node> types) {
        return types.contains(MDKG.State);
    }

    @Override
    public List<Section> sections(Node s, Labels labels) {
        Table.Builder country = Table.of("Its country", "Country");
        Node c = labels.value(s, MDKG.country);
        if (c != null) {
            country.row(labels.cell(c));
        }
        Table.Builder m = Table.of("Memberships", "Dialogue", "Role", "From", "To");
        for (Map<String, Node> r : data.named("memberships", Rows.param("member", s.getURI()))) {
            m.row(
                    Rows.cell(labels, r, "process"),
                    Rows.cell(labels, r, "role"),
                    Rows.cell(labels, r, "startDate"),
                    Rows.cell(labels, r, "endDate"));
        }

        return List.of(
                Section.of("country", "Country", "Everything about the country, on its own page.", country.build()),
                Section.of("memberships", "Memberships", null, m.build()),
                commitments.section("maker", s, "Commitments it made", null, labels));
    }
}
