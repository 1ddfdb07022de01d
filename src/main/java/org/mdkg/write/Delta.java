package org.mdkg.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/** What a write changes: the quads it adds and the quads it removes, nothing else. */
public record Delta(List<Quad> added, List<Quad> removed) {
    public Delta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** The named graphs touched, sorted. */
    public Set<String> graphs() {
        Set<String> names = new TreeSet<>();
        added.forEach(q -> names.add(q.getGraph().getURI()));
        removed.forEach(q -> names.add(q.getGraph().getURI()));
        return names;
    }

    /** Sorted lines {@code A <s> <p> <o> <g> .} and {@code D …}, the form its SHA-256 is taken over. */
    public List<String> patchLines() {
        List<String> lines = new ArrayList<>();
        removed.forEach(q -> lines.add("D " + line(q)));
        added.forEach(q -> lines.add("A " + line(q)));
        lines.sort(null);
        return lines;
    }

    public String sha256() {
        MessageDigest md = digest();
        for (String l : patchLines()) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String line(Quad q) {
        return str(q.getSubject()) + " " + str(q.getPredicate()) + " " + str(q.getObject()) + " " + str(q.getGraph()) + " .";
    }

    private static String str(Node n) {
        return NodeFmtLib.strNT(n);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
