package org.mdkg.api;

import java.util.List;
import java.util.Map;

/**
 * A nested list inside a resource: the named query {@code queryId} with {@code param} bound to the
 * resource's IRI and the {@code fixed} parameters added.
 */
record Part(String key, String queryId, String param, Map<String, List<String>> fixed) {
    static Part of(String key, String queryId, String param) {
        return new Part(key, queryId, param, Map.of());
    }
}
