package org.mdkg.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/**
 * A dialogue: its members over time (a chart over the table of terms), chairs and steering committee as dated
 * terms, meetings and documents, its commitments by current status, and its coverage of the GCM objectives and the
 * JVAP domains.
 */
final class ProcessPage implements KindPage {
    private static final Set<Node> TYPES =
            Set.of(MDKG.Dialogue, MDKG.RegionalConsultativeProcess, MDKG.InterRegionalForum, MDKG.BilateralDialogue);

    private static final Set<String> MEMBERS = Set.of("member", "observer", "partner-organisation");
    private static final Set<String> GOVERNANCE =
            Set.of("chair", "co-chair", "steering-committee-member", "secretariat");

    private final Data data;
    private final CommitmentList commitments;

    ProcessPage(Data data, CommitmentList commitments) {
        this.data = data;
        this.commitments = commitments;
    }

    @Override
    public boolean handles(Set<Node> types) {
        return types.stream().anyMatch(TYPES::contains);
    }

    @Override
    public List<Section> sections(Node p, Labels labels) {
        String id = p.getURI();
        List<Section> sections = new ArrayList<>();
        List<Map<String, Node>> all = data.own("process-memberships", Map.of("process", p));
        List<Map<String, Node>> members = withRoles(all, MEMBERS);
        sections.add(Section.of(
                        "members",
                        "Members over time",
                        "Members, observers and partner organisations, with the dates the sources give.",
                        terms("Members", members, labels))
                .withChart(membersChart(members)));
        List<Map<String, Node>> chairs = withRoles(all, GOVERNANCE);
        sections.add(Section.of(
                "governance",
                "Chairs and steering committee",
                "Dated terms, oldest first.",
                terms("Chairs, steering committee and secretariat", chairs, labels)));
        sections.add(commitments.section(
                "process",
                p,
                "Commitments by current status",
                "The status of each commitment's latest assessment; the tracker filters and dates them.",
                labels));
        sections.add(Section.of("meetings", "Meetings", null, meetings(id, labels)));
        sections.add(Section.of("documents", "Documents", null, documents(id, labels)));
        sections.add(Section.of(
                "coverage",
                "Coverage of the frameworks",
                "Commitments of this dialogue aligned with each GCM objective and JVAP domain, and how many have evidence.",
                Coverage.table(data, p, MDKG.GCMObjective, "GCM objectives", labels),
                Coverage.table(data, p, MDKG.JVAPDomain, "JVAP domains", labels)));
        return sections;
    }

    private static List<Map<String, Node>> withRoles(List<Map<String, Node>> rows, Set<String> roles) {
        return rows.stream()
                .filter(r -> roles.contains(Rows.slug(r.get("role"))))
                .toList();
    }

    private static Table terms(String caption, List<Map<String, Node>> rows, Labels labels) {
        List<Map<String, Node>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Map<String, Node> r) -> String.valueOf(Rows.text(r, "startDate")))
                .thenComparing(r -> labels.of(r.get("member"))));
        Table.Builder t = Table.of(caption, "Member", "Role", "From", "To");
        for (Map<String, Node> r : sorted) {
            t.row(
                    Rows.cell(labels, r, "member"),
                    Rows.cell(labels, r, "role"),
                    Rows.cell(labels, r, "startDate"),
                    Rows.cell(labels, r, "endDate"));
        }
        return t.build();
    }

    /** Members (role member) per year, from the earliest known start to this year. */
    private static Chart membersChart(List<Map<String, Node>> rows) {
        int now = LocalDate.now().getYear();
        int first = now;
        for (Map<String, Node> r : rows) {
            String start = Rows.text(r, "startDate");
            if (start != null && start.length() >= 4) {
                first = Math.min(first, Integer.parseInt(start.substring(0, 4)));
            }
        }
        Map<String, Integer> perYear = new LinkedHashMap<>();
        for (int y = first; y <= now; y++) {
            int year = y;
            perYear.put(Integer.toString(y), (int) rows.stream()
                    .filter(r -> Rows.text(r, "role").endsWith("/member"))
                    .filter(r -> year(r, "startDate", Integer.MIN_VALUE) <= year
                            && year(r, "endDate", Integer.MAX_VALUE) >= year)
                    .count());
        }
        return Charts.series(
                "line",
                List.copyOf(perYear.keySet()),
                List.copyOf(perYear.values()),
                "members",
                "Members per year (members whose start the sources do not give are counted in every year)");
    }

    private static int year(Map<String, Node> r, String var, int absent) {
        String d = Rows.text(r, var);
        return d == null || d.length() < 4 ? absent : Integer.parseInt(d.substring(0, 4));
    }

    private Table meetings(String id, Labels labels) {
        Table.Builder t = Table.of("Meetings", "Date", "Meeting", "Type", "Place");
        for (Map<String, Node> r : data.named("meetings", Map.of("process", List.of(id)))) {
            t.row(
                    Rows.cell(labels, r, "date"),
                    Rows.cell(labels, r, "meeting"),
                    Rows.cell(labels, r, "type"),
                    r.containsKey("place") ? Rows.cell(labels, r, "place") : Rows.cell(labels, r, "city"));
        }
        return t.build();
    }

    private Table documents(String id, Labels labels) {
        Table.Builder t = Table.of("Documents", "Date", "Document", "Type", "Adopted at");
        for (Map<String, Node> r : data.named("documents", Map.of("process", List.of(id)))) {
            t.row(
                    Rows.cell(labels, r, "date"),
                    Rows.cell(labels, r, "document"),
                    Rows.cell(labels, r, "type"),
                    Rows.cell(labels, r, "adoptedAt"));
        }
        return t.build();
    }
}
