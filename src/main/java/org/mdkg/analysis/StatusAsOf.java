package org.mdkg.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.OrderBy;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.PROV;

/**
 * The fast path of {@code queries/status-as-of.rq} for {@code /api}: the same rows in the same order as the query
 * text, from facts read by one scan per property and kept until the data changes (they do not depend on the date),
 * instead of the query engine's per-commitment lookups and string keys (1.6 s on 10^6 triples). For each commitment
 * of the selection it builds the query's key of every assessment made by the date ("date#rank#IRI status by kind")
 * and takes the greatest, as the query's {@code MAX} does; the code and label are the first read, as its
 * {@code SAMPLE} keeps them. {@code FastPathsTest} checks both give identical answers.
 */
public final class StatusAsOf extends FastPath {
    /** SHA-256 of the query's SPARQL as Jena serialises it (header and comments aside); see {@link #evaluates}. */
    static final String SPARQL_SHA256 = "fa81bd7c06f4cb6aa6a5c4c6037b11443f91bfced32465d9c8901273feabed08";

    /** The query's ranks of assessment kinds on the same date; any other kind, or none, ranks 0. */
    private static final Map<String, Integer> RANK = Map.of(
            MDKG.ASSESSMENT_KIND + "independent", 5,
            MDKG.ASSESSMENT_KIND + "un-review", 4,
            MDKG.ASSESSMENT_KIND + "civil-society", 3,
            MDKG.ASSESSMENT_KIND + "self-report", 2,
            MDKG.ASSESSMENT_KIND + "desk-review", 1);

    /** What the query reads, for every commitment, at one data version. */
    private record Facts(
            Set<Node> commitments,
            Map<Node, List<Node>> dialogues,
            Map<Node, List<Node>> frameworks,
            Map<Node, List<Node>> adopted,
            Map<Node, List<Node>> assessments,
            Map<Node, List<Node>> dates,
            Map<Node, List<Node>> statuses,
            Map<Node, List<Node>> kinds,
            Map<Node, List<Node>> assessors,
            Map<Node, List<Node>> codes,
            Map<Node, List<Node>> labels) {}

    public StatusAsOf() {
        super("status-as-of", SPARQL_SHA256);
    }

    @Override
    public RowSet evaluate(DatasetGraph dataset, String version, NamedQuery query, Map<String, List<Node>> params) {
        QuadScan scan = new QuadScan(dataset);
        Facts facts = kept(version, () -> facts(scan));
        NodeValue date = NodeValue.makeNode(params.get("date").get(0));
        List<Node> processes = params.get("process");
        List<Node> frameworks = params.get("framework");
        List<Binding> rows = new ArrayList<>();
        for (Node c : facts.commitments()) {
            if (isAny(facts.dialogues(), c, processes)
                    && isAny(facts.frameworks(), c, frameworks)
                    && facts.adopted().getOrDefault(c, List.of()).stream().noneMatch(made -> after(made, date))) {
                rows.add(row(facts, c, date));
            }
        }
        return RowSetStream.create(
                query.query().getProjectVars(),
                OrderBy.sort(rows, query.query().getOrderBy()).iterator());
    }

    private static Facts facts(QuadScan scan) {
        Set<Node> commitments = new LinkedHashSet<>();
        scan.forEach(RDF.type.asNode(), MDKG.Commitment, (s, o) -> commitments.add(s));
        Map<Node, List<Node>> assessments = new HashMap<>();
        scan.forEach(MDKG.assesses, null, (a, c) -> {
            if (commitments.contains(c)) {
                add(assessments, c, a);
            }
        });
        Set<Node> assessed = new HashSet<>();
        assessments.values().forEach(assessed::addAll);
        return new Facts(
                commitments,
                scan.values(MDKG.inDialogue, commitments, o -> true),
                scan.values(MDKG.servesFramework, commitments, o -> true),
                scan.values(MDKG.adoptionDate, commitments, o -> true),
                assessments,
                scan.values(MDKG.assessmentDate, assessed, o -> true),
                scan.values(MDKG.status, assessed, o -> true),
                scan.values(MDKG.assessmentKind, assessed, o -> true),
                scan.values(PROV.wasAttributedTo, assessed, o -> true),
                scan.values(MDKG.term("code"), commitments, o -> true),
                scan.values(RDFS.label.asNode(), commitments, QuadScan::isEnglish));
    }

    /** The row of commitment {@code c}: its latest assessment by {@code date}, as the query's keys choose it. */
    private static Binding row(Facts facts, Node c, NodeValue date) {
        String key = null;
        String kindKey = null;
        String byKey = null;
        NodeValue assessed = null;
        for (Node a : facts.assessments().getOrDefault(c, List.of())) {
            for (Node on : facts.dates().getOrDefault(a, List.of())) {
                if (!notAfter(on, date)) {
                    continue;
                }
                for (Node status : facts.statuses().getOrDefault(a, List.of())) {
                    for (Node kind : orNone(facts.kinds().get(a))) {
                        for (Node by : orNone(facts.assessors().get(a))) {
                            assessed = max(assessed, NodeValue.makeNode(on));
                            if (a.isBlank()) {
                                continue; // STR of a blank node fails: no keys from this row
                            }
                            int rank = kind != null && kind.isURI() ? RANK.getOrDefault(kind.getURI(), 0) : 0;
                            String sortKey = str(on) + "#" + rank + "#" + str(a);
                            if (!status.isBlank()) {
                                key = max(
                                        key,
                                        sortKey + " " + str(status) + " " + strOrEmpty(by) + " " + strOrEmpty(kind));
                            }
                            if (kind != null && !kind.isBlank()) {
                                kindKey = max(kindKey, sortKey + " " + str(kind));
                            }
                            if (by != null && !by.isBlank()) {
                                byKey = max(byKey, sortKey + " " + str(by));
                            }
                        }
                    }
                }
            }
        }
        BindingBuilder b = Binding.builder();
        put(b, "commitment", c);
        put(b, "code", first(facts.codes(), c));
        put(b, "label", first(facts.labels(), c));
        if (key != null) {
            put(b, "latestKey", NodeFactory.createLiteralString(key));
            put(b, "status", iri(before(after(key, " "), " ")));
        }
        if (assessed != null) {
            put(b, "assessmentDate", assessed.asNode());
        }
        if (key != null) {
            put(b, "assessment", iri(before(after(after(key, "#"), "#"), " ")));
        }
        if (kindKey != null) {
            put(b, "assessmentKind", iri(after(kindKey, " ")));
        }
        if (byKey != null) {
            put(b, "assessedBy", iri(after(byKey, " ")));
        }
        return b.build();
    }

    /** Whether {@code c} has one of {@code wanted} (all pass when the parameter is not given). */
    private static boolean isAny(Map<Node, List<Node>> values, Node c, List<Node> wanted) {
        return wanted == null || values.getOrDefault(c, List.of()).stream().anyMatch(wanted::contains);
    }

    /** {@code ?made > ?date}; false where the two cannot be compared, as the query's filter fails then. */
    private static boolean after(Node made, NodeValue date) {
        try {
            return NodeValue.compare(NodeValue.makeNode(made), date) > 0;
        } catch (ExprEvalException e) {
            return false;
        }
    }

    /** {@code ?assessed <= ?date}; false where the two cannot be compared. */
    private static boolean notAfter(Node on, NodeValue date) {
        try {
            return NodeValue.compare(NodeValue.makeNode(on), date) <= 0;
        } catch (ExprEvalException e) {
            return false;
        }
    }

    private static String max(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static NodeValue max(NodeValue a, NodeValue b) {
        return a == null || NodeValue.compareAlways(b, a) > 0 ? b : a;
    }

    /** SPARQL's {@code STR}: an IRI or a literal's lexical form. */
    private static String str(Node n) {
        return n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    /** {@code COALESCE(STR(?x), "")}: empty where {@code x} is unbound or a blank node. */
    private static String strOrEmpty(Node n) {
        return n == null || n.isBlank() ? "" : str(n);
    }

    /** SPARQL's {@code STRBEFORE}: empty when {@code marker} is not found. */
    private static String before(String text, String marker) {
        int i = text.indexOf(marker);
        return i < 0 ? "" : text.substring(0, i);
    }

    private static Node iri(String text) {
        return text.isEmpty() ? null : NodeFactory.createURI(text);
    }

    private static Node first(Map<Node, List<Node>> values, Node s) {
        List<Node> found = values.get(s);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    private static void add(Map<Node, List<Node>> values, Node key, Node value) {
        List<Node> list = values.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
