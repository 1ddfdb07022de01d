package org.mdkg.query;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.mdkg.base.Sha256;

/**
 * The short, stable link of a query text, {@code /q/<id>}: the id is the first {@value #LENGTH} characters of the
 * lower-case base32 (RFC 4648) of the SHA-256 of the text with its line endings made {@code \n} — 60 bits, the same
 * on every mdkg, so a link resolves wherever the text is known.
 */
public final class QueryLink {
    /** The path the links start with. */
    public static final String PATH = "/q/";
    /** Characters of an id. */
    public static final int LENGTH = 12;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final Pattern ID = Pattern.compile("[a-z2-7]{" + LENGTH + "}");

    private QueryLink() {}

    /** The id of {@code text}. */
    public static String id(String text) {
        byte[] digest = Sha256.digest().digest(normalise(text).getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; id.length() < LENGTH; i++) {
            buffer = (buffer << 8) | (digest[i] & 0xff);
            bits += 8;
            while (bits >= 5 && id.length() < LENGTH) {
                id.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return id.toString();
    }

    /** {@code /q/<id>} of {@code text}. */
    public static String href(String text) {
        return PATH + id(text);
    }

    /** {@code text} with {@code \r\n} and {@code \r} made {@code \n}: the form that is hashed and kept. */
    public static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether {@code candidate} has the form of an id. */
    public static boolean isId(String candidate) {
        return ID.matcher(candidate).matches();
    }
}
