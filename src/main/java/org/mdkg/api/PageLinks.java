package org.mdkg.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdkg.query.ResultPage;

/**
 * RFC 8288 {@code Link} header values for a page: {@code first}, {@code prev}, {@code next}, and {@code last}
 * only when the total is known exactly. Each link is the request's own path and parameters with
 * {@code offset} and {@code limit} replaced (and grlc's {@code page} said as an offset); a header longer than {@link #MAX_HEADER} is left out (the body has
 * the same links).
 */
final class PageLinks {
    /** The longest {@code Link} header sent (Jetty refuses response headers past 16 KB in all). */
    static final int MAX_HEADER = 4_000;

    private PageLinks() {}

    /** rel → URL (path and query), in the order first, prev, next, last. */
    static Map<String, String> of(Context ctx, ResultPage page) {
        int limit = page.page().limit();
        int offset = page.page().offset();
        Map<String, String> links = new LinkedHashMap<>();
        long lastOffset = page.total() == 0 ? 0 : ((page.total() - 1) / limit) * limit;
        links.put("first", url(ctx, 0, limit));
        if (offset > 0) {
            // past the end, the page before is the last page there is, not one more page past the end
            long prev = page.isTotalKnown() && offset > lastOffset ? lastOffset : Math.max(0, offset - limit);
            links.put("prev", url(ctx, prev, limit));
        }
        if (page.hasNext()) {
            links.put("next", url(ctx, offset + limit, limit));
        }
        if (page.isTotalKnown()) {
            links.put("last", url(ctx, lastOffset, limit));
        }
        return links;
    }

    /** Sets the {@code Link} header from {@link #of}. */
    static Map<String, String> apply(Context ctx, ResultPage page) {
        Map<String, String> links = of(ctx, page);
        List<String> parts = new ArrayList<>();
        links.forEach((rel, url) -> parts.add("<" + url + ">; rel=\"" + rel + "\""));
        String link = String.join(", ", parts);
        if (link.length() <= MAX_HEADER) {
            // many long parameters make a header larger than Jetty sends; the links are in the body as well
            ctx.header("Link", link);
        }
        if (page.isTotalKnown()) {
            ctx.header("X-Total-Count", Long.toString(page.total()));
        }
        return links;
    }

    private static String url(Context ctx, long offset, int limit) {
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            // grlc's page (of a query with pagination) is said again as offset
            if (e.getKey().equals("offset")
                    || e.getKey().equals("limit")
                    || e.getKey().equals("page")) {
                continue;
            }
            for (String v : e.getValue()) {
                q.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
            }
        }
        q.append("limit=").append(limit).append("&offset=").append(offset);
        return ctx.path() + "?" + q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
