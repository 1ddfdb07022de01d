package org.mdkg.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdkg.base.MdkgException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.PageRequest;

/** Splits a request's query string into paging/format controls and the named query's own parameters. */
final class QueryParams {
    /** Parameters the API itself reads; passed on to a query only if the query declares them. */
    static final Set<String> RESERVED = Set.of("limit", "offset", "format", RequestLanguage.PARAM);

    private QueryParams() {}

    static Map<String, List<String>> forQuery(Context ctx, NamedQuery query) {
        return forQuery(ctx.queryParamMap(), query);
    }

    /** The named query's own parameters among {@code given}; grlc's {@code page} is the API's when it paginates. */
    static Map<String, List<String>> forQuery(Map<String, List<String>> given, NamedQuery query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        given.forEach((k, v) -> {
            boolean declared = query.params().stream().anyMatch(p -> p.name().equals(k));
            boolean reserved = RESERVED.contains(k) || (k.equals("page") && query.pageSize() != null);
            if (!reserved || declared) {
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

    /**
     * The page of a named query: {@code limit} and {@code offset}; for a query with grlc's {@code pagination}, the
     * limit defaults to its page size and {@code page} (1, 2, …, as grlc numbers them) may stand for the offset.
     */
    static PageRequest page(Map<String, List<String>> given, NamedQuery query) {
        String limit = first(given, "limit");
        String offset = first(given, "offset");
        if (query.pageSize() == null) {
            return PageRequest.parse(limit, offset);
        }
        PageRequest sized = PageRequest.parse(limit == null ? String.valueOf(query.pageSize()) : limit, offset);
        String page = first(given, "page");
        if (page == null || page.isBlank()) {
            return sized;
        }
        if (offset != null) {
            throw MdkgException.badParameter("page", "give page or offset, not both");
        }
        if (!page.trim().matches("[1-9][0-9]{0,8}")) {
            throw MdkgException.badParameter("page", "page must be a whole number from 1, got '" + page + "'");
        }
        long skip = (Long.parseLong(page.trim()) - 1) * sized.limit();
        if (skip > Integer.MAX_VALUE) {
            throw MdkgException.badParameter("page", "page " + page + " is past any result");
        }
        return new PageRequest(sized.limit(), (int) skip);
    }

    private static String first(Map<String, List<String>> given, String name) {
        List<String> values = given.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
