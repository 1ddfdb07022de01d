package org.mdkg.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faults of an RDF or SPARQL text that the parsers do not report well: bytes that are not UTF-8 (Jena's decoder
 * lets some through, such as encoded surrogates), and nesting so deep that the recursive parsers run out of
 * stack. Each is located by line and column (1-based; columns count characters) so that the error can name it.
 */
public final class TextFaults {
    private TextFaults() {}

    /** Where a fault is, and what it is. */
    public record Fault(long line, long column, String message) {}

    /**
     * The first byte sequence of {@code bytes} that is not valid UTF-8, if any: one decoding pass through a small
     * buffer, counting lines and columns on the way, so a large file is not copied as text just to be checked.
     */
    public static Optional<Fault> invalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        long line = 1;
        long column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                int bad = in.position();
                return Optional.of(new Fault(
                        line,
                        column,
                        String.format(
                                "byte 0x%02X at offset %d is not valid UTF-8 (files must be UTF-8)",
                                bytes[bad] & 0xFF, bad)));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
        }
    }

    private static final Pattern EXTERNAL_ENTITY =
            Pattern.compile("<!ENTITY\\s+(?:%\\s+)?([^\\s>]+)\\s+(?:SYSTEM|PUBLIC)\\b");

    /**
     * The first declaration of an external XML entity ({@code <!ENTITY x SYSTEM "…">}, parameter entities too): the
     * RDF/XML parser neither fetches nor reads one (no XXE) and puts nothing in its place, so a file that uses one
     * would lose text without a word; such a file is refused here, at the declaration.
     */
    public static Optional<Fault> externalEntity(CharSequence text) {
        Matcher m = EXTERNAL_ENTITY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        long line = 1;
        long column = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Optional.of(new Fault(
                line,
                column,
                "the external XML entity '" + m.group(1) + "' is neither fetched nor read, and would silently become "
                        + "an empty text; write its text into the file (internal entities are fine)"));
    }

    /**
     * The place where {@code [ ]}, {@code ( )} and <code>{ }</code> are nested deepest, outside strings, IRIs and
     * comments, with that depth; for the message when a parser has run out of stack.
     */
    public static Fault deepestNesting(CharSequence text) {
        int depth = 0;
        int max = 0;
        long line = 1;
        long column = 1;
        long maxLine = 1;
        long maxColumn = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int skip = skipped(text, i);
            if (skip > i) {
                for (int k = i; k < skip; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        column = 0;
                    }
                    column++;
                }
                i = skip;
                continue;
            }
            if (c == '[' || c == '(' || c == '{') {
                depth++;
                if (depth > max) {
                    max = depth;
                    maxLine = line;
                    maxColumn = column;
                }
            } else if (c == ']' || c == ')' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i++;
        }
        return new Fault(
                maxLine,
                maxColumn,
                "brackets nested " + max + " deep here, deeper than the parser can follow; flatten the structure");
    }

    /**
     * Where the string starts that a parser reports as "newline in string" at {@code line}: the opening quote of a
     * {@code "…"} or {@code '…'} string not closed on its own line, on the line before or on {@code line} itself;
     * empty if neither has one. The parser notices only at the line end, so its own place is the next line.
     */
    public static Optional<Fault> unclosedString(CharSequence text, long line) {
        String[] lines = text.toString().split("\n", -1);
        for (long l = Math.max(1, line - 1); l <= Math.min(line, lines.length); l++) {
            String s = lines[(int) l - 1];
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '#') {
                    break;
                }
                if (c == '"' || c == '\'') {
                    if (s.startsWith(String.valueOf(c).repeat(3), i)) {
                        break; // a long string may span lines
                    }
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) != c) {
                        end += s.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (end >= s.length()) {
                        return Optional.of(new Fault(
                                l,
                                i + 1,
                                "string not closed on its line (a newline in a " + c + "…" + c
                                        + " string; close it, or use "
                                        + String.valueOf(c).repeat(3)
                                        + " for text over several lines)"));
                    }
                    i = end + 1;
                    continue;
                }
                int skip = skipped(s, i);
                i = skip > i ? skip : i + 1;
            }
        }
        return Optional.empty();
    }

    /** The index after a string, IRI or comment starting at {@code i}, or {@code i} if none starts there. */
    private static int skipped(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '#') {
            int end = i;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            return end;
        }
        if (c == '"' || c == '\'') {
            int end = i + 1;
            while (end < text.length() && text.charAt(end) != c) {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            return Math.min(end + 1, text.length());
        }
        if (c == '<') {
            int end = i + 1;
            while (end < text.length() && text.charAt(end) != '>' && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return end < text.length() && text.charAt(end) == '>' ? end + 1 : i;
        }
        return i;
    }
}
