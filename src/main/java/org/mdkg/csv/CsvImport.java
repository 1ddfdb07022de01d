package org.mdkg.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.PROV;

/**
 * Maps CSV tables to the quads they write. Each row's subject is replaced within its kind's import graph (so
 * importing a corrected row corrects it); evidence rows only add links. Every slug must resolve to a node that
 * is in the store or created by the same import; every problem is collected and reported with row and column.
 */
public final class CsvImport {
    static final Node PROV_DERIVED = PROV.wasDerivedFrom;

    private final DatasetGraph store;
    private final Set<Node> created = new HashSet<>();
    private final Set<Node> placedSources = new HashSet<>();
    private final List<CsvProblem> problems = new ArrayList<>();
    /** Subjects whose triples are replaced, per graph. */
    private final Map<Node, Map<Node, List<Triple>>> replaced = new LinkedHashMap<>();

    private final List<Quad> links = new ArrayList<>();
    private final SourceResolver sources;

    private CsvImport(DatasetGraph store) {
        this.store = store;
        this.sources = new SourceResolver(store);
    }

    /**
     * Reads {@code store} (in a read transaction) to resolve the slugs of {@code tables}; returns the change to
     * commit, or throws {@link InvalidCsvException} with every problem found.
     */
    public static Consumer<DatasetGraph> plan(DatasetGraph store, List<CsvTable> tables) {
        CsvImport planner = new CsvImport(store);
        return Txn.calculateRead(store, () -> planner.run(tables));
    }

    private Consumer<DatasetGraph> run(List<CsvTable> tables) {
        tables.forEach(this::collectSubjects);
        for (CsvTable t : tables) {
            for (int i = 0; i < t.rows().size(); i++) {
                mapRow(t, i + 2, t.rows().get(i));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsvException(problems);
        }
        Map<Node, Map<Node, List<Triple>>> subjects = replaced;
        List<Quad> added = List.copyOf(links);
        return dsg -> {
            subjects.forEach((graph, bySubject) -> bySubject.forEach((s, triples) -> {
                dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
                triples.forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            }));
            added.forEach(dsg::add);
        };
    }

    /** Subjects the tables create, so rows may refer to each other; duplicates are errors. */
    private void collectSubjects(CsvTable t) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, String> row = t.rows().get(i);
            if (t.kind() == CsvKind.EVIDENCE || hasBlankKey(t.kind(), row)) {
                continue;
            }
            String s = t.kind().subject(row);
            Integer before = seen.put(s, i + 2);
            if (before != null) {
                problems.add(new CsvProblem(
                        t.file(),
                        i + 2,
                        t.kind().header().get(0),
                        "the same " + t.kind().id() + " as row " + before + " (" + s + ")"));
            }
            created.add(NodeFactory.createURI(s));
        }
    }

    private static boolean hasBlankKey(CsvKind kind, Map<String, String> row) {
        return kind.columns().stream()
                .filter(c -> c.type() == Column.Type.KEY
                        || (kind == CsvKind.MEMBERSHIPS && c.required() && c.type() == Column.Type.REF))
                .anyMatch(c -> row.get(c.name()).isEmpty() || !Cells.isSlugPath(row.get(c.name())));
    }

    private void mapRow(CsvTable t, int rowNo, Map<String, String> row) {
        int before = problems.size();
        Cells cells = new Cells(t.file(), rowNo, problems);
        for (Column c : t.kind().columns()) {
            if (c.required() && row.get(c.name()).isEmpty()) {
                cells.problem(c.name(), "is required");
            }
        }
        if (problems.size() > before) {
            return;
        }
        Node subject = t.kind() == CsvKind.EVIDENCE
                ? cells.ref(t.kind().columns().get(0), row.get("subject"))
                : NodeFactory.createURI(t.kind().subject(row));
        List<Triple> triples = new ArrayList<>();
        Node type = t.kind() == CsvKind.PROGRAMMES
                ? cells.programmeClass(row.get("type"))
                : t.kind().rdfType(row);
        if (type != null) {
            triples.add(Triple.create(subject, RDF.type.asNode(), type));
        }
        if (t.kind() == CsvKind.COMMITMENTS) {
            triples.add(Triple.create(subject, MDKG.code, NodeFactory.createLiteralString(row.get("code"))));
        }
        for (Column c : t.kind().columns()) {
            String cell = row.get(c.name());
            if (c.predicate() == null
                    || cell.isEmpty()
                    || (t.kind() == CsvKind.EVIDENCE && "subject".equals(c.name()))) {
                continue;
            }
            for (String v : c.multi() ? Cells.split(cell) : List.of(cell)) {
                Node o = cells.value(c, v);
                if (o != null) {
                    triples.add(Triple.create(subject, c.predicate(), o));
                }
            }
        }
        List<Node> rowSources = sources.resolve(cells, row.get("source_url"), row.get("source_title"));
        rowSources.forEach(src -> triples.add(Triple.create(subject, PROV_DERIVED, src)));
        if (problems.size() > before || subject == null) {
            return;
        }
        checkRefsExist(cells, t.kind(), row);
        Node graph = t.kind().graph();
        for (Node src : rowSources) {
            List<Triple> srcTriples = sources.newSources().get(src);
            if (srcTriples != null && placedSources.add(src)) {
                replaced.computeIfAbsent(graph, g -> new LinkedHashMap<>()).put(src, srcTriples);
            }
        }
        if (t.kind() == CsvKind.EVIDENCE) {
            triples.forEach(tr -> links.add(new Quad(graph, tr)));
        } else {
            replaced.computeIfAbsent(graph, g -> new LinkedHashMap<>()).put(subject, triples);
        }
    }

    private void checkRefsExist(Cells cells, CsvKind kind, Map<String, String> row) {
        for (Column c : kind.columns()) {
            if ((c.type() != Column.Type.REF && c.type() != Column.Type.CODE_REF)
                    || row.get(c.name()).isEmpty()) {
                continue;
            }
            for (String v : c.multi() ? Cells.split(row.get(c.name())) : List.of(row.get(c.name()))) {
                Node iri = cells.value(c, v);
                if (iri != null
                        && !created.contains(iri)
                        && !store.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()) {
                    cells.problem(
                            c.name(),
                            "unknown " + c.name().replace('_', ' ') + " '" + v + "': <" + iri.getURI()
                                    + "> is not in the store");
                }
            }
        }
    }
}
