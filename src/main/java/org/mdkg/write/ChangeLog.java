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
 * how many quads were added and removed, the SHA-256 of input and change, summary lines and, for changes up to
 * {@link #MAX_PATCH_LINES} quads, the patch: its sorted lines in numbered {@code patch} literals of whole lines
 * ({@code "0000 D <…> .\nA <…> ."}, see {@link #patchParts}); in the order of their numbers, and each line ended by a
 * newline, they give the change's SHA-256. Read newest first.
 */
public final class ChangeLog {
    /** Patches up to this many lines are kept verbatim in the record. */
    static final int MAX_PATCH_LINES = 5_000;

    /** The longest part of a patch kept in one literal, unless a single line is longer. */
    static final int PATCH_PART_CHARS = 1_024;

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
            List<String> parts = patchParts(patch);
            for (int i = 0; i < parts.size(); i++) {
                add(dsg, id, CHANGE.patch, text(String.format("%04d %s", i, parts.get(i))));
            }
        }
    }

    /**
     * The patch's lines in parts of whole lines, each at most {@link #PATCH_PART_CHARS} long unless one line is
     * longer. Not one literal for the whole patch: TDB2 caches nodes by count, not by size, so literals as long as
     * whole changes would fill the heap of a server whose readers scan the log. Not one per line either: that would
     * store a quad of the log for each quad changed.
     */
    static List<String> patchParts(List<String> lines) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            if (!part.isEmpty() && part.length() + 1 + line.length() > PATCH_PART_CHARS) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.isEmpty() ? "" : "\n").append(line);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
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
