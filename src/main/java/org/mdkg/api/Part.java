package org.mdkg.api;

import java.util.List;
import java.util.Map;

/**
 * A nested list inside a resource: the named query {@code query} with {@code param} bound to the resource's IRI and
 * the {@code fixed} parameters added.
 */
record Part(String key, String query, String param, Map<String, List<String>> fixed) {
    Part {
        fixed = fixed == null ? Map.of() : Map.copyOf(fixed);
    }
}
