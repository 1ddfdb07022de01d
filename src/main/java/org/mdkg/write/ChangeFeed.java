package org.mdkg.write;

import java.util.List;

/** The change log as an Atom 1.0 feed (RFC 4287): one entry per change, its summary lines as the content. */
public final class ChangeFeed {
    private ChangeFeed() {}

    /** The feed document; {@code self} is the feed's own URL. */
    public static String atom(String self, List<ChangeRecord> changes) {
        String updated =
                changes.isEmpty() ? "1970-01-01T00:00:00Z" : changes.get(0).committed();
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>mdkg: changes to the Migration Dialogues Knowledge Graph</title>\n")
                .append("  <id>urn:mdkg:changes</id>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(esc(self))
                .append("\"/>\n")
                .append("  <updated>")
                .append(esc(updated))
                .append("</updated>\n")
                .append("  <author><name>mdkg</name></author>\n");
        changes.forEach(c -> entry(xml, c));
        return xml.append("</feed>\n").toString();
    }

    private static void entry(StringBuilder xml, ChangeRecord c) {
        String title = c.summary().isEmpty()
                ? "+" + c.added() + " / -" + c.removed() + " triples"
                : c.summary().get(0)
                        + (c.summary().size() > 1 ? " (and " + (c.summary().size() - 1) + " more)" : "");
        xml.append("  <entry>\n")
                .append("    <id>")
                .append(esc(c.id()))
                .append("</id>\n")
                .append("    <title>")
                .append(esc(title))
                .append("</title>\n")
                .append("    <updated>")
                .append(esc(c.committed()))
                .append("</updated>\n")
                .append("    <author><name>")
                .append(esc(c.author()))
                .append("</name></author>\n");
        c.about()
                .forEach(a -> xml.append("    <link rel=\"related\" href=\"")
                        .append(esc(a))
                        .append("\"/>\n"));
        StringBuilder text = new StringBuilder();
        c.summary().forEach(s -> text.append(s).append('\n'));
        text.append("Source: ")
                .append(c.source())
                .append('\n')
                .append("Triples added: ")
                .append(c.added())
                .append(", removed: ")
                .append(c.removed())
                .append('\n')
                .append("SHA-256: ")
                .append(c.sha256());
        xml.append("    <content type=\"text\">")
                .append(esc(text.toString()))
                .append("</content>\n")
                .append("  </entry>\n");
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
