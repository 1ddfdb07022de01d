package org.mdkg.write;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.vocab.CHANGE;

/**
 * The change log: one node per committed write in {@code urn:mdkg:graph:changes}, with who, when, from where,
 * how many quads were added and removed, the SHA-256 of input and change, and summary lines. Read newest first.
 */
public final class ChangeLog {
    /** Patches up to this many lines are kept verbatim in the record. */
    static final int MAX_PATCH_LINES = 5_000;

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ChangeLog() {}

    /** A fresh record for a change committed now. */
    static ChangeRecord newRecord(
            Author author, String source, String inputSha256, Delta delta, ChangeSummary summary) {
        return newRecord(
                author,
                source,
                inputSha256,
                delta.sha256(),
                delta.added().size(),
                delta.removed().size(),
                List.copyOf(delta.graphs()),
                summary);
    }

    /** A fresh record from counts alone, for loads too large to diff. */
    static ChangeRecord newRecord(
            Author author,
            String source,
            String inputSha256,
            String sha256,
            long added,
            long removed,
            List<String> graphs,
            ChangeSummary summary) {
        Instant now = Instant.now();
        String id = CHANGE.ID_PREFIX + ID_TIME.format(now) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return new ChangeRecord(
                id,
                author.name(),
                now.toString(),
                source,
                inputSha256 == null ? "" : inputSha256,
                sha256,
                added,
                removed,
                graphs,
                summary.lines(),
                summary.about());
    }

    /** Adds {@code record} to the change log; call inside the write transaction that commits the change. */
    public static void write(DatasetGraph dsg, ChangeRecord record, List<String> patch) {
        Node id = NodeFactory.createURI(record.id());
        add(dsg, id, RDF.type.asNode(), CHANGE.Change);
        add(dsg, id, CHANGE.author, text(record.author()));
        add(dsg, id, CHANGE.committed, NodeFactory.createLiteralDT(record.committed(), XSDDatatype.XSDdateTime));
        add(dsg, id, CHANGE.source, text(record.source()));
        if (!record.inputSha256().isEmpty()) {
            add(dsg, id, CHANGE.inputSha256, text(record.inputSha256()));
        }
        add(dsg, id, CHANGE.sha256, text(record.sha256()));
        add(dsg, id, CHANGE.added, number(record.added()));
        add(dsg, id, CHANGE.removed, number(record.removed()));
        record.graphs().forEach(g -> add(dsg, id, CHANGE.graph, NodeFactory.createURI(g)));
        for (int i = 0; i < record.summary().size(); i++) {
            add(
                    dsg,
                    id,
                    CHANGE.summary,
                    text(String.format("%04d %s", i, record.summary().get(i))));
        }
        record.about().forEach(a -> add(dsg, id, CHANGE.about, NodeFactory.createURI(a)));
        if (patch != null && patch.size() <= MAX_PATCH_LINES) {
            add(dsg, id, CHANGE.patch, text(String.join("\n", patch)));
        }
    }

    /** How many changes the log holds. */
    public static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> ids(dsg).size());
    }

    /** Changes newest first, skipping {@code offset}, at most {@code limit}. */
    public static List<ChangeRecord> list(DatasetGraph dsg, int offset, int limit) {
        return Txn.calculateRead(dsg, () -> {
            List<String> ids = ids(dsg);
            List<ChangeRecord> page = new ArrayList<>();
            for (int i = offset; i < Math.min(ids.size(), (long) offset + limit); i++) {
                page.add(read(dsg, NodeFactory.createURI(ids.get(i))));
            }
            return page;
        });
    }

    private static List<String> ids(DatasetGraph dsg) {
        List<String> ids = new ArrayList<>();
        dsg.find(CHANGE.GRAPH, Node.ANY, RDF.type.asNode(), CHANGE.Change)
                .forEachRemaining(q -> ids.add(q.getSubject().getURI()));
        ids.sort(java.util.Comparator.reverseOrder());
        return ids;
    }

    private static ChangeRecord read(DatasetGraph dsg, Node id) {
        List<String> graphs = values(dsg, id, CHANGE.graph);
        List<String> summary = values(dsg, id, CHANGE.summary).stream()
                .map(s -> s.substring(5))
                .toList();
        return new ChangeRecord(
                id.getURI(),
                one(dsg, id, CHANGE.author),
                one(dsg, id, CHANGE.committed),
                one(dsg, id, CHANGE.source),
                one(dsg, id, CHANGE.inputSha256),
                one(dsg, id, CHANGE.sha256),
                Long.parseLong(one(dsg, id, CHANGE.added)),
                Long.parseLong(one(dsg, id, CHANGE.removed)),
                graphs,
                summary,
                values(dsg, id, CHANGE.about));
    }

    private static String one(DatasetGraph dsg, Node s, Node p) {
        List<String> v = values(dsg, s, p);
        return v.isEmpty() ? "" : v.get(0);
    }

    private static List<String> values(DatasetGraph dsg, Node s, Node p) {
        List<String> out = new ArrayList<>();
        dsg.find(CHANGE.GRAPH, s, p, Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            out.add(o.isURI() ? o.getURI() : o.getLiteralLexicalForm());
        });
        out.sort(null);
        return out;
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(new Quad(CHANGE.GRAPH, s, p, o));
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node number(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
