package org.mdkg.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.PageRequest;

/** Splits a request's query string into paging/format controls and the named query's own parameters. */
final class QueryParams {
    /** Parameters the API itself reads; passed on to a query only if the query declares them. */
    static final Set<String> RESERVED = Set.of("limit", "offset", "format");

    private QueryParams() {}

    static Map<String, List<String>> forQuery(Context ctx, NamedQuery query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            boolean declared = query.params().stream().anyMatch(p -> p.name().equals(k));
            if (!RESERVED.contains(k) || declared) {
                params.put(k, v);
            }
        });
        return params;
    }

    /**
     * Refuses a parameter longer than {@code max} characters, naming it: the words of a search (whose query time grows
     * with their length) and values echoed into {@code Link} headers (a 4 KB one made Jetty fail with 500).
     */
    static void refuseLong(Context ctx, int max) {
        NamedQueryCalls.refuseLong(ctx.queryParamMap(), max);
    }

    static PageRequest page(Context ctx) {
        return PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("offset"));
    }
}
