package org.mdkg.sandbox;

import org.mdkg.base.Sha256;

/**
 * Query texts and error messages as the log shows them: bounded, on one line. A 20 MB query used to be logged
 * whole; now its line holds a SHA-256 prefix (to match a complaint to a request), its length and its first 200
 * characters.
 */
public final class QueryText {
    /** Characters of a query or message a log line keeps. */
    public static final int SHOWN = 200;

    private QueryText() {}

    /** {@code sha256:0123456789ab, 1234 chars: SELECT …} with the first {@link #SHOWN} characters on one line. */
    public static String forLog(String text) {
        if (text == null) {
            return "(no query)";
        }
        return "sha256:" + Sha256.hex(text).substring(0, 12) + ", " + text.length() + " chars: " + oneLine(text);
    }

    /** The message of {@code e}, on one line and at most {@link #SHOWN} characters. */
    public static String bounded(Throwable e) {
        return oneLine(String.valueOf(e.getMessage()));
    }

    private static String oneLine(String text) {
        String head = text.length() > SHOWN * 2 ? text.substring(0, SHOWN * 2) : text;
        String flat = head.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return flat.length() > SHOWN ? flat.substring(0, SHOWN) + "…" : flat;
    }
}
