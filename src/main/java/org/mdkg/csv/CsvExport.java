package org.mdkg.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.ORG;

/**
 * Writes one of the {@link CsvKind} tables from the store, in the template's columns, rows sorted by their first
 * column and multi-valued cells sorted and joined with {@code "; "} — the canonical form, so a table imported
 * from canonical CSV exports back byte for byte.
 */
public final class CsvExport {
    private CsvExport() {}

    public static String write(DatasetGraph dsg, CsvKind kind) {
        return Txn.calculateRead(dsg, () -> {
            List<List<String>> rows = kind == CsvKind.EVIDENCE ? evidenceRows(dsg) : rows(dsg, kind);
            rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> String.join(",", r)));
            StringBuilder out = new StringBuilder(CsvText.line(kind.header()));
            rows.forEach(r -> out.append(CsvText.line(r)));
            return out.toString();
        });
    }

    private static List<List<String>> rows(DatasetGraph dsg, CsvKind kind) {
        List<List<String>> rows = new ArrayList<>();
        for (Node s : subjects(dsg, kind)) {
            List<String> row = new ArrayList<>();
            for (Column c : kind.columns()) {
                row.add(cell(dsg, kind, s, c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> evidenceRows(DatasetGraph dsg) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, MDKG.evidence, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI()
                    && q.getObject().isURI()
                    && seen.add(q.getSubject().getURI() + " " + q.getObject().getURI())) {
                List<Node> srcs = sourcesIn(dsg, CsvKind.EVIDENCE.graph(), q.getSubject());
                rows.add(List.of(path(q.getSubject(), ""), path(q.getObject(), ""), urls(dsg, srcs), title(dsg, srcs)));
            }
        });
        return rows;
    }

    private static Set<Node> subjects(DatasetGraph dsg, CsvKind kind) {
        Set<Node> classes = switch (kind) {
            case COMMITMENTS -> Set.of(MDKG.Commitment);
            case ASSESSMENTS -> Set.of(MDKG.Assessment);
            case MEMBERSHIPS -> Set.of(ORG.Membership);
            default -> CsvKind.PROGRAMME_CLASSES.stream().map(MDKG::term).collect(Collectors.toSet());
        };
        Set<Node> subjects = new TreeSet<>(Comparator.comparing(Node::toString));
        classes.forEach(c -> dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), c).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                subjects.add(q.getSubject());
            }
        }));
        return subjects;
    }

    private static String cell(DatasetGraph dsg, CsvKind kind, Node s, Column c) {
        return switch (c.type()) {
            case KEY ->
                kind == CsvKind.COMMITMENTS
                        ? first(values(dsg, s, MDKG.code), upperLast(s))
                        : CsvKind.lastSegment(s.getURI());
            case CLASS ->
                values(dsg, s, RDF.type.asNode()).stream()
                        .filter(n -> n.isURI()
                                && n.getURI().startsWith(MDKG.NS)
                                && CsvKind.PROGRAMME_CLASSES.contains(n.getURI().substring(MDKG.NS.length())))
                        .map(n -> n.getURI().substring(MDKG.NS.length()))
                        .sorted()
                        .findFirst()
                        .orElse("");
            case SOURCE_URL -> urls(dsg, sourcesOf(dsg, kind, s));
            case SOURCE_TITLE -> title(dsg, sourcesOf(dsg, kind, s));
            case REF, CODE_REF ->
                join(values(dsg, s, c.predicate()).stream()
                        .filter(Node::isURI)
                        .map(n -> c.type() == Column.Type.CODE_REF
                                ? first(values(dsg, n, MDKG.code), CsvKind.lastSegment(n.getURI()))
                                : path(n, c.prefix()))
                        .toList());
            default ->
                join(values(dsg, s, c.predicate()).stream()
                        .filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm)
                        .toList());
        };
    }

    private static List<Node> sourcesOf(DatasetGraph dsg, CsvKind kind, Node s) {
        List<Node> inImport = sourcesIn(dsg, kind.graph(), s);
        return inImport.isEmpty() ? values(dsg, s, CsvImport.PROV_DERIVED) : inImport;
    }

    private static List<Node> sourcesIn(DatasetGraph dsg, Node graph, Node s) {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, s, CsvImport.PROV_DERIVED, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        if (out.isEmpty() && CsvKind.EVIDENCE.graph().equals(graph)) {
            dsg.find(Node.ANY, s, CsvImport.PROV_DERIVED, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        }
        return out.stream().distinct().toList();
    }

    private static String urls(DatasetGraph dsg, List<Node> sources) {
        return join(sources.stream()
                .flatMap(src -> values(dsg, src, SourceResolver.FOAF_PAGE).stream())
                .filter(Node::isURI)
                .map(Node::getURI)
                .toList());
    }

    /** The source's title when there is one source and its label is not just its URL. */
    private static String title(DatasetGraph dsg, List<Node> sources) {
        if (sources.size() != 1) {
            return "";
        }
        String label = first(
                values(dsg, sources.get(0), RDFS.label.asNode()).stream()
                        .filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm)
                        .toList(),
                "");
        return label.equals(urls(dsg, sources)) ? "" : label;
    }

    private static List<Node> values(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::toString));
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining((Quad q) -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    private static String first(List<?> values, String fallback) {
        if (values.isEmpty()) {
            return fallback;
        }
        Object v = values.get(0);
        return v instanceof Node n ? (n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()) : v.toString();
    }

    private static String upperLast(Node s) {
        return CsvKind.lastSegment(s.getURI()).toUpperCase(Locale.ROOT);
    }

    static String path(Node n, String prefix) {
        String u = n.getURI();
        if (u.startsWith(Cells.SDG)) {
            return "sdg:" + u.substring(Cells.SDG.length());
        }
        String base = MDKG.ID + prefix;
        return u.startsWith(base) ? u.substring(base.length()) : u;
    }

    private static String join(List<String> values) {
        return String.join("; ", new TreeSet<>(values));
    }
}
