package org.mdkg.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.mdkg.base.Sha256;
import org.mdkg.config.WriteAccess;

/**
 * Checks the {@code Authorization} header of a write against the configured credentials: {@code Bearer <token>}
 * or {@code Basic <user:password>}. Comparisons take constant time. Credentials are never read from the URL.
 */
public final class WriteAuth {
    /** The author name recorded for bearer-token writes. */
    public static final String TOKEN_AUTHOR = "token";

    /** Outcome of checking a request. */
    public enum Outcome {
        ANONYMOUS,
        WRONG,
        ACCEPTED
    }

    /** The outcome and, when accepted, who wrote. */
    public record Result(Outcome outcome, Optional<Author> author) {}

    private final WriteAccess access;

    public WriteAuth(WriteAccess access) {
        this.access = access;
    }

    public boolean isEnabled() {
        return access.isEnabled();
    }

    public Result check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Result(Outcome.ANONYMOUS, Optional.empty());
        }
        String h = authorization.trim();
        if (startsWithIgnoreCase(h, "Bearer ")
                && access.token() != null
                && equal(h.substring(7).trim(), access.token())) {
            return accepted(TOKEN_AUTHOR);
        }
        if (startsWithIgnoreCase(h, "Basic ") && access.user() != null && access.password() != null) {
            String decoded = decode(h.substring(6).trim());
            int colon = decoded.indexOf(':');
            if (colon > 0
                    && equal(decoded.substring(0, colon), access.user())
                            & equal(decoded.substring(colon + 1), access.password())) {
                return accepted(access.user());
            }
        }
        return new Result(Outcome.WRONG, Optional.empty());
    }

    private static Result accepted(String name) {
        return new Result(Outcome.ACCEPTED, Optional.of(new Author(name)));
    }

    private static String decode(String b64) {
        try {
            return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean equal(String given, String expected) {
        return MessageDigest.isEqual(sha(given), sha(expected));
    }

    private static byte[] sha(String s) {
        return Sha256.digest().digest(s.getBytes(StandardCharsets.UTF_8));
    }
}
