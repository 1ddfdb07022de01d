package org.mdkg.api;

/**
 * A list endpoint backed by one named query: the query's parameters are the endpoint's filters, plus
 * {@code limit}, {@code offset} and {@code format}.
 */
record ListRoute(String path, String query, String tag, String summary) {}
