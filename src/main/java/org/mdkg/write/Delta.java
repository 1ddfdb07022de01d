package org.mdkg.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.mdkg.base.Sha256;

/** What a write changes: the quads it adds and the quads it removes, nothing else. */
public record Delta(List<Quad> added, List<Quad> removed) {
    public Delta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** The quads in {@code after} and not in {@code before} as added, the reverse as removed. */
    public static Delta between(java.util.Set<Quad> before, java.util.Set<Quad> after) {
        return new Delta(
                after.stream().filter(q -> !before.contains(q)).toList(),
                before.stream().filter(q -> !after.contains(q)).toList());
    }

    /** This change followed by {@code other}, which touches other quads. */
    public Delta plus(Delta other) {
        List<Quad> a = new ArrayList<>(added);
        a.addAll(other.added);
        List<Quad> r = new ArrayList<>(removed);
        r.addAll(other.removed);
        return new Delta(a, r);
    }

    /** The added and the removed quads, in one list. */
    public List<Quad> quads() {
        List<Quad> all = new ArrayList<>(added);
        all.addAll(removed);
        return all;
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
        MessageDigest md = Sha256.digest();
        for (String l : patchLines()) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return Sha256.hex(md);
    }

    static String line(Quad q) {
        return str(q.getSubject()) + " " + str(q.getPredicate()) + " " + str(q.getObject()) + " " + str(q.getGraph())
                + " .";
    }

    private static String str(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
