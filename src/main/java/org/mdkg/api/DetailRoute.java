package org.mdkg.api;

import java.util.List;

/**
 * A single-resource endpoint: the main query (one row, bound from the path's id) gives the resource's
 * fields, and each part adds a nested list from another named query bound to the resource's IRI.
 *
 * @param path    the Javalin path, with {@code {id}} (or {@code <id>} where ids may contain '/')
 * @param id      the path parameter: its name, its description and an example
 * @param query   the main query
 * @param param   the main query's parameter that receives the id
 * @param parts   the nested lists
 */
record DetailRoute(String path, PathId id, String query, String param, String tag, String summary, List<Part> parts) {

    /** The path parameter of a single-resource endpoint. */
    record PathId(String name, String description, String example) {}

    /** The path as OpenAPI writes it. */
    String openApiPath() {
        return path.replace("<", "{").replace(">", "}");
    }
}
