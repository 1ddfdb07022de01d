package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.mdkg.base.Sha256;
import org.mdkg.store.Store;
import org.mdkg.vocab.CHANGE;

/** The change record of a write, in a real TDB2 store. */
class ChangeLogTest {
    private static final Node G = NodeFactory.createURI("urn:mdkg:graph:test");

    @Test
    void the_patch_is_kept_in_numbered_parts_of_whole_lines_that_give_back_the_lines_and_the_changes_sha256() {
        List<Quad> added = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            added.add(quad("s" + i, "value " + i));
        }
        added.add(quad("long", "x".repeat(5_000)));
        added.add(quad("b", "two\nlines"));
        Delta delta = new Delta(added, List.of(quad("a", "old")));
        ChangeRecord record =
                ChangeLog.newRecord(new Author("tester"), "test", null, delta, new ChangeSummary(List.of(), List.of()));
        try (Store store = Store.inMemory()) {
            Txn.executeWrite(store.dataset(), () -> ChangeLog.write(store.dataset(), record, delta.patchLines()));
            List<String> parts = new ArrayList<>();
            Txn.executeRead(
                    store.dataset(),
                    () -> store.dataset()
                            .find(CHANGE.GRAPH, NodeFactory.createURI(record.id()), CHANGE.patch, Node.ANY)
                            .forEachRemaining(q -> parts.add(q.getObject().getLiteralLexicalForm())));
            parts.sort(null);
            assertTrue(parts.size() > 2 && parts.size() < delta.patchLines().size(), parts.size() + " parts");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                assertTrue(parts.get(i).startsWith(String.format("%04d ", i)), parts.get(i));
                String text = parts.get(i).substring(5);
                assertTrue(
                        text.length() <= ChangeLog.PATCH_PART_CHARS || !text.contains("\n"),
                        "a part over the limit holds one line: " + text.length());
                lines.addAll(List.of(text.split("\n")));
            }
            assertEquals(delta.patchLines(), lines);
            MessageDigest md = Sha256.digest();
            lines.forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            assertEquals(record.sha256(), Sha256.hex(md));
        }
    }

    private static Quad quad(String s, String o) {
        return new Quad(
                G,
                NodeFactory.createURI("https://example.org/" + s),
                NodeFactory.createURI("https://example.org/p"),
                NodeFactory.createLiteralString(o));
    }
}
