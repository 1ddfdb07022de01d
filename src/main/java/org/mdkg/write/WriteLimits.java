package org.mdkg.write;

import java.util.Map;

/**
 * Size limit of a write body: {@code MDKG_WRITE_MAX_BYTES}, default 16 MiB. Larger bodies get 413 and change
 * nothing; the limit holds for chunked bodies too, as the body is counted while it is read.
 */
public record WriteLimits(long maxBodyBytes) {
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    public WriteLimits {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("MDKG_WRITE_MAX_BYTES must be positive");
        }
    }

    public static WriteLimits fromEnvironment(Map<String, String> env) {
        String v = env.get("MDKG_WRITE_MAX_BYTES");
        return new WriteLimits(v == null ? DEFAULT_MAX_BODY_BYTES : Long.parseLong(v.trim()));
    }
}
