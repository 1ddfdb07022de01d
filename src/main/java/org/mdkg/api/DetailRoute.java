package org.mdkg.api;

import java.util.List;

/**
 * A single-resource endpoint: the main query (one row, bound from the path's id) gives the resource's
 * fields, and each part adds a nested list from another named query bound to the resource's IRI.
 *
 * @param path      the Javalin path, with {@code {id}} (or {@code <id>} where ids may contain '/')
 * @param idName    the path parameter's name
 * @param queryId   the main query
 * @param param     the main query's parameter that receives the id
 * @param parts     the nested lists
 */
record DetailRoute(
        String path,
        String idName,
        String queryId,
        String param,
        String tag,
        String summary,
        String idDescription,
        String idExample,
        List<Part> parts) {

    /** The path as OpenAPI writes it. */
    String openApiPath() {
        return path.replace("<", "{").replace(">", "}");
    }
}
