package org.mdkg.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.NodeValue;
import org.mdkg.query.InvalidParameterException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.OrderBy;
import org.mdkg.vocab.MDKG;

/**
 * The fast path of {@code queries/unimplemented-commitments.rq} for {@code /api}: the same rows in the same
 * order as the query text, computed in Java from one scan per property ({@link GapFacts}) instead of the query
 * engine's per-row OPTIONAL lookups and expression evaluation, which take about 2 s on 10^6 triples. The parts
 * that depend on the reference date (months since adoption, months overdue, whether a "complete" assessment had
 * come by then, the reason) follow the query's expressions; the rows are sorted with the query's own
 * {@code ORDER BY}. {@code FastPathsTest} checks both give identical answers.
 */
public final class UnimplementedCommitments extends FastPath {
    private static final String STATUS = MDKG.ID + "status/";
    private static final Set<String> NO_EVIDENCE = Set.of(STATUS + "no-evidence", STATUS + "not-started");

    /** SHA-256 of the query's SPARQL as Jena serialises it (header and comments aside); see {@link #evaluates}. */
    static final String SPARQL_SHA256 = "704995b4852ae10f1b990cc7c62f97fe274328e72e874123d45f65b5f216ce59";

    public UnimplementedCommitments() {
        super("unimplemented-commitments", SPARQL_SHA256);
    }

    @Override
    public RowSet evaluate(DatasetGraph dataset, String version, NamedQuery query, Map<String, List<Node>> params) {
        QuadScan scan = new QuadScan(dataset);
        Set<Node> selected = select(scan, params);
        GapFacts facts = facts(scan, version, selected);
        LocalDate asOf = params.containsKey("today") ? dateParam(params, "today") : LocalDate.now();
        long months = params.containsKey("months") ? monthsParam(params) : 24;
        LocalDate from = params.containsKey("adoptedFrom") ? dateParam(params, "adoptedFrom") : null;
        LocalDate to = params.containsKey("adoptedTo") ? dateParam(params, "adoptedTo") : null;
        List<Binding> rows = new ArrayList<>();
        for (Node c : selected) {
            Binding row = row(scan, c, facts, asOf, months, from, to);
            if (row != null) {
                rows.add(row);
            }
        }
        List<Binding> sorted = OrderBy.sort(rows, query.query().getOrderBy());
        return RowSetStream.create(query.query().getProjectVars(), sorted.iterator());
    }

    /**
     * The facts of the selected commitments: looked up one by one for a small selection; for a large one, the facts
     * of every candidate, read by one scan per property and kept until the data changes.
     */
    private GapFacts facts(QuadScan scan, String version, Set<Node> selected) {
        if (selected.size() < GapFacts.LOOKUP_LIMIT) {
            return new GapFacts(scan, selected);
        }
        return kept(version, () -> new GapFacts(scan, GapFacts.candidates(scan)));
    }

    private static Set<Node> select(QuadScan scan, Map<String, List<Node>> params) {
        Set<Node> selected = GapFacts.candidates(scan);
        if (!params.containsKey("includeSuperseded")
                || !bool(params.get("includeSuperseded").get(0))) {
            selected.removeAll(GapFacts.superseded(scan));
        }
        keep(selected, scan, params, "process", "inDialogue");
        keep(selected, scan, params, "framework", "servesFramework");
        keep(selected, scan, params, "objective", "servesElement");
        keep(selected, scan, params, "actor", "madeBy");
        if (params.containsKey("country")) {
            selected.retainAll(CountryReach.commitments(scan, params.get("country")));
        }
        return selected;
    }

    private static void keep(
            Set<Node> selected, QuadScan scan, Map<String, List<Node>> params, String param, String property) {
        if (params.containsKey(param)) {
            selected.retainAll(GapFacts.having(scan, MDKG.term(property), params.get(param)));
        }
    }

    /** The row of commitment {@code c}, or null when it is not a gap on {@code asOf}. */
    private static Binding row(
            QuadScan scan, Node c, GapFacts facts, LocalDate asOf, long months, LocalDate from, LocalDate to) {
        Node adoptedNode = facts.adopted.get(c);
        Node dueNode = facts.due.get(c);
        LocalDate adopted = date(adoptedNode);
        LocalDate due = date(dueNode);
        Node anyLatest = facts.latest.get(c);
        Node status = anyLatest == null ? null : facts.status.get(anyLatest);
        Node assessedOn = anyLatest == null ? null : facts.assessedOn.get(anyLatest);
        boolean assessed = status != null && assessedOn != null;
        Long age = adopted == null ? null : fullMonths(adopted, asOf);
        Long overdue = due != null && due.isBefore(asOf) ? fullMonths(due, asOf) : null;
        LocalDate done = date(facts.firstComplete.get(c));
        boolean noEvidence = assessed && status.isURI() && NO_EVIDENCE.contains(status.getURI());
        boolean neverAssessed = !assessed && age != null && age >= months;
        boolean pastDue = overdue != null && (done == null || done.isAfter(asOf));
        boolean inRange = (from == null || adopted != null && !adopted.isBefore(from))
                && (to == null || adopted != null && !adopted.isAfter(to));
        if (!(noEvidence || neverAssessed || pastDue) || !inRange) {
            return null;
        }
        BindingBuilder b = Binding.builder();
        put(b, "commitment", c);
        put(b, "code", facts.code.get(c));
        put(b, "label", facts.label.get(c));
        put(b, "madeBy", facts.makers.get(c));
        put(b, "document", facts.document.get(c));
        put(b, "adopted", adoptedNode);
        put(b, "dueDate", dueNode);
        put(b, "monthsOverdue", integer(overdue));
        put(b, "monthsSinceAdoption", integer(age));
        put(b, "reason", NodeFactory.createLiteralString(reason(noEvidence, neverAssessed, pastDue, status)));
        if (assessed) {
            put(b, "latestStatus", status);
            put(b, "latestDate", assessedOn);
            put(b, "latestAssessment", anyLatest);
        }
        put(b, "assessmentKind", anyLatest == null ? null : facts.kind.get(anyLatest));
        put(b, "assessedBy", facts.assessors.get(c));
        put(b, "source", facts.sources.get(c));
        put(b, "evidenceCount", facts.evidence.get(c));
        return b.build();
    }

    /** The query's reason text: each ground followed by "; ", the last separator cut. */
    private static String reason(boolean noEvidence, boolean neverAssessed, boolean pastDue, Node status) {
        String reasons = (noEvidence ? "latest status " + after(status.getURI(), "/status/") + "; " : "")
                + (neverAssessed ? "never assessed; " : "")
                + (pastDue ? "due date passed without a complete assessment; " : "");
        return reasons.substring(0, reasons.length() - 2);
    }
    /** Whole months from {@code from} to {@code to}, as the query computes them from years, months and days. */
    static long fullMonths(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12L
                + to.getMonthValue()
                - from.getMonthValue()
                - (to.getDayOfMonth() < from.getDayOfMonth() ? 1 : 0);
    }

    private static Node integer(Long value) {
        return value == null ? null : NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** The date of an {@code xsd:date} literal, or null for anything else (the query's date functions fail on it). */
    static LocalDate date(Node n) {
        if (n == null || !n.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) {
            return null;
        }
        String lexical = n.getLiteralLexicalForm();
        try {
            return LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate dateParam(Map<String, List<Node>> params, String name) {
        LocalDate date = date(params.get(name).get(0));
        if (date == null) {
            throw new InvalidParameterException(name, "parameter '" + name + "' must be a date from year 1 to 9999");
        }
        return date;
    }

    private static long monthsParam(Map<String, List<Node>> params) {
        try {
            return NodeValue.makeNode(params.get("months").get(0)).getInteger().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidParameterException("months", "parameter 'months' is too large");
        }
    }

    private static boolean bool(Node n) {
        return NodeValue.makeNode(n).getBoolean();
    }
}
