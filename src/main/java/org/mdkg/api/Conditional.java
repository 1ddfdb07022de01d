package org.mdkg.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.mdkg.store.Store;

/**
 * ETag and Cache-Control for read-only answers. The ETag is the dataset's version joined with a checksum of
 * the request (path, query string and chosen format), so it changes when the data changes and differs
 * between representations. A matching {@code If-None-Match} gets a 304 before any query runs.
 */
final class Conditional {
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private final Store store;

    Conditional(Store store) {
        this.store = store;
    }

    /** Sets ETag, Cache-Control and Vary; answers 304 and returns true if the client's copy is current. */
    boolean isNotModified(Context ctx, String variant) {
        String etag = etag(ctx, variant);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", "Accept, Accept-Language");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    String etag(Context ctx, String variant) {
        CRC32 crc = new CRC32();
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        crc.update((ctx.path() + "?" + query + "#" + variant).getBytes(StandardCharsets.UTF_8));
        return "\"" + store.version() + "-" + Long.toHexString(crc.getValue()) + "\"";
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
