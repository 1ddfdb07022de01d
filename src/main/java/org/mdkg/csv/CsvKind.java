package org.mdkg.csv;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.ORG;
import org.mdkg.vocab.PROV;

/**
 * The five tables an analyst can import, each with its columns in template order, the class of its rows, the
 * IRI pattern of a row's subject and the named graph its rows go into ({@code urn:mdkg:graph:import/<kind>}).
 */
public enum CsvKind {
    COMMITMENTS(
            "commitments",
            "code",
            List.of(
                    Column.key("code"),
                    Column.of("label", RDFS.label.asNode(), Column.Type.EN, true),
                    Column.of("text", MDKG.text, Column.Type.EN, false),
                    Column.of("date", DCTerms.date.asNode(), Column.Type.DATE, false),
                    Column.ref("dialogue", MDKG.ofDialogue, "process/", false, false),
                    Column.ref("made_by", MDKG.madeBy, "", false, true),
                    Column.ref("stated_in", MDKG.statedIn, "document/", true, false),
                    Column.ref("addressed_to", MDKG.addressedTo, "", false, true),
                    Column.ref("themes", DCTerms.subject.asNode(), "theme/", false, true),
                    Column.of("due_date", MDKG.dueDate, Column.Type.DATE, false),
                    Column.ref("lifecycle", MDKG.lifecycle, "lifecycle/", false, false),
                    Column.ref("framework", MDKG.underFramework, "framework/", false, true),
                    Column.ref("aligned_with", MDKG.alignedWith, "", false, true),
                    Column.of("source_url", null, Column.Type.SOURCE_URL, true),
                    Column.of("source_title", null, Column.Type.SOURCE_TITLE, false))),
    ASSESSMENTS(
            "assessments",
            "assessment",
            List.of(
                    Column.key("assessment"),
                    new Column("commitment", MDKG.assesses, Column.Type.CODE_REF, "commitment/", true, false),
                    Column.of("label", RDFS.label.asNode(), Column.Type.EN, true),
                    Column.ref("status", MDKG.status, "status/", true, false),
                    Column.of("date", MDKG.assessmentDate, Column.Type.DATE, true),
                    Column.ref("kind", MDKG.assessmentKind, "assessment-kind/", true, false),
                    Column.ref("assessor", PROV.wasAttributedTo, "", true, true),
                    Column.ref("evidence", MDKG.evidence, "", false, true),
                    Column.of("comment", RDFS.comment.asNode(), Column.Type.EN, false),
                    Column.of("source_url", null, Column.Type.SOURCE_URL, true),
                    Column.of("source_title", null, Column.Type.SOURCE_TITLE, false))),
    EVIDENCE(
            "evidence",
            "subject",
            List.of(
                    Column.ref("subject", null, "", true, false),
                    Column.ref("evidence", MDKG.evidence, "", true, false),
                    Column.of("source_url", null, Column.Type.SOURCE_URL, true),
                    Column.of("source_title", null, Column.Type.SOURCE_TITLE, false))),
    PROGRAMMES(
            "programmes",
            "programme",
            List.of(
                    Column.key("programme"),
                    Column.of("type", null, Column.Type.CLASS, true),
                    Column.of("label", RDFS.label.asNode(), Column.Type.EN, true),
                    Column.of("description", DCTerms.description.asNode(), Column.Type.EN, false),
                    Column.of("start_date", MDKG.startDate, Column.Type.DATE_OR_YEAR, false),
                    Column.of("end_date", MDKG.endDate, Column.Type.DATE_OR_YEAR, false),
                    Column.ref("funders", MDKG.funder, "", false, true),
                    Column.ref("implementers", MDKG.implementer, "", false, true),
                    Column.ref("partner_countries", MDKG.partnerCountry, "country/", false, true),
                    Column.of("budget", MDKG.budget, Column.Type.DECIMAL, false),
                    Column.of("currency", MDKG.currency, Column.Type.STRING, false),
                    Column.ref("part_of", MDKG.partOf, "programme/", false, false),
                    Column.ref("themes", DCTerms.subject.asNode(), "theme/", false, true),
                    Column.of("source_url", null, Column.Type.SOURCE_URL, true),
                    Column.of("source_title", null, Column.Type.SOURCE_TITLE, false))),
    MEMBERSHIPS(
            "memberships",
            "process",
            List.of(
                    Column.ref("process", ORG.organization, "process/", true, false),
                    Column.ref("member", ORG.member, "", true, false),
                    Column.ref("role", ORG.role, "membership-role/", true, false),
                    Column.of("label", RDFS.label.asNode(), Column.Type.EN, true),
                    Column.of("start_date", MDKG.startDate, Column.Type.DATE_OR_YEAR, false),
                    Column.of("end_date", MDKG.endDate, Column.Type.DATE_OR_YEAR, false),
                    Column.of("source_url", null, Column.Type.SOURCE_URL, true),
                    Column.of("source_title", null, Column.Type.SOURCE_TITLE, false)));

    /** Classes a programme row may have. */
    public static final Set<String> PROGRAMME_CLASSES = Set.of(
            "Programme",
            "Partnership",
            "TalentPartnership",
            "GlobalSkillPartnership",
            "LabourMobilityScheme",
            "Project",
            "Fund");

    private final String id;
    private final String firstColumn;
    private final List<Column> columns;

    CsvKind(String id, String firstColumn, List<Column> columns) {
        this.id = id;
        this.firstColumn = firstColumn;
        this.columns = columns;
    }

    public String id() {
        return id;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** {@code urn:mdkg:graph:import/<kind>}. */
    public Node graph() {
        return NodeFactory.createURI(GraphNames.PREFIX + "import/" + id);
    }

    /** The kind named {@code name} ({@code commitments}, …). */
    public static CsvKind named(String name) {
        for (CsvKind k : values()) {
            if (k.id.equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + name + "'; use one of commitments, assessments, "
                + "evidence, programmes, memberships");
    }

    /** The kind whose template has this header (by its first column), or null. */
    public static CsvKind ofHeader(List<String> header) {
        if (header.isEmpty()) {
            return null;
        }
        String first = header.get(0).trim();
        for (CsvKind k : values()) {
            if (k.firstColumn.equals(first) && (k != EVIDENCE || header.contains("evidence"))) {
                return k;
            }
        }
        return null;
    }

    /** The IRI of a row's subject, from its cells; null for evidence rows, whose subject is a column. */
    String subject(Map<String, String> row) {
        String base = MDKG.ID;
        return switch (this) {
            case COMMITMENTS -> base + "commitment/" + row.get("code").trim().toLowerCase(Locale.ROOT);
            case ASSESSMENTS ->
                base + "assessment/" + row.get("assessment").trim().toLowerCase(Locale.ROOT);
            case PROGRAMMES -> base + "programme/" + row.get("programme").trim();
            case MEMBERSHIPS ->
                base + "membership/" + row.get("process").trim() + "/"
                        + lastSegment(row.get("member").trim()) + "/"
                        + row.get("role").trim();
            case EVIDENCE -> null;
        };
    }

    /** The class of a row's subject, or null if the row names none. */
    Node rdfType(Map<String, String> row) {
        return switch (this) {
            case COMMITMENTS -> MDKG.Commitment;
            case ASSESSMENTS -> MDKG.Assessment;
            case PROGRAMMES -> MDKG.term(row.get("type").trim());
            case MEMBERSHIPS -> ORG.Membership;
            case EVIDENCE -> null;
        };
    }

    static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
