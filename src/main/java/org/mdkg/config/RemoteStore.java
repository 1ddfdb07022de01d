package org.mdkg.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.mdkg.base.MdkgException;

/**
 * A store reached over the SPARQL 1.1 protocols instead of the embedded TDB2 directory: where it answers queries,
 * updates and the Graph Store protocol, the credentials (from the environment only), and how long and how often a
 * front-end tries. Written {@code sparql:QUERY_URL[,update=URL][,gsp=URL]} in {@code --store} or {@code MDKG_STORE};
 * the update and Graph Store URLs default to the query URL (a Fuseki dataset URL answers all three).
 *
 * @param queryUrl       SPARQL 1.1 Query endpoint
 * @param updateUrl      SPARQL 1.1 Update endpoint
 * @param gspUrl         SPARQL 1.1 Graph Store HTTP protocol endpoint
 * @param user           Basic-auth user ({@code MDKG_STORE_USER}), or null
 * @param password       Basic-auth password ({@code MDKG_STORE_PASSWORD}), or null
 * @param connectTimeout longest a connection to the store may take to open ({@code MDKG_STORE_CONNECT_TIMEOUT_SECONDS})
 * @param requestTimeout longest a request other than a query may take ({@code MDKG_STORE_REQUEST_TIMEOUT_SECONDS}):
 *                       a graph sent at the first load, the version read; a query has the query time limit
 * @param readRetries    how many times a read that failed to reach the store is sent again
 *                       ({@code MDKG_STORE_READ_RETRIES}); writes are never sent twice
 */
public record RemoteStore(
        String queryUrl,
        String updateUrl,
        String gspUrl,
        String user,
        String password,
        Duration connectTimeout,
        Duration requestTimeout,
        int readRetries) {

    public static final String SCHEME = "sparql:";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_READ_RETRIES = 2;
    private static final int MAX_READ_RETRIES = 5;

    public RemoteStore {
        checkUrl(queryUrl, "query");
        checkUrl(updateUrl, "update");
        checkUrl(gspUrl, "gsp");
        if (readRetries < 0 || readRetries > MAX_READ_RETRIES) {
            throw MdkgException.badParameter(
                    "MDKG_STORE_READ_RETRIES", "MDKG_STORE_READ_RETRIES must be 0 to " + MAX_READ_RETRIES);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw MdkgException.badParameter(
                    "MDKG_STORE_CONNECT_TIMEOUT_SECONDS", "the store's connect timeout must be positive");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw MdkgException.badParameter(
                    "MDKG_STORE_REQUEST_TIMEOUT_SECONDS", "the store's request timeout must be positive");
        }
        if ((user == null) != (password == null)) {
            throw MdkgException.badParameter(
                    "MDKG_STORE_USER", "set both MDKG_STORE_USER and MDKG_STORE_PASSWORD, or neither");
        }
    }

    /** Whether {@code spec} names a remote store ({@code sparql:…}). */
    public static boolean isRemote(String spec) {
        return spec != null && spec.startsWith(SCHEME);
    }

    /** Reads {@code sparql:QUERY_URL[,update=URL][,gsp=URL]}, with credentials and timeouts from {@code env}. */
    public static RemoteStore parse(String spec, Map<String, String> env) {
        if (!isRemote(spec)) {
            throw MdkgException.badParameter(
                    "store", "a store is written sparql:QUERY_URL[,update=URL][,gsp=URL], got '" + spec + "'");
        }
        String[] parts = spec.substring(SCHEME.length()).split(",");
        String query = parts[0].trim();
        String update = query;
        String gsp = query;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.startsWith("update=")) {
                update = part.substring("update=".length());
            } else if (part.startsWith("gsp=")) {
                gsp = part.substring("gsp=".length());
            } else {
                throw MdkgException.badParameter(
                        "store",
                        "unknown part '" + part + "' of the store: only update=URL and gsp=URL follow the URL");
            }
        }
        return new RemoteStore(
                query,
                update,
                gsp,
                blankToNull(env.get("MDKG_STORE_USER")),
                blankToNull(env.get("MDKG_STORE_PASSWORD")),
                Duration.ofSeconds(seconds(env, "MDKG_STORE_CONNECT_TIMEOUT_SECONDS", DEFAULT_CONNECT_TIMEOUT)),
                Duration.ofSeconds(seconds(env, "MDKG_STORE_REQUEST_TIMEOUT_SECONDS", DEFAULT_REQUEST_TIMEOUT)),
                (int) seconds(env, "MDKG_STORE_READ_RETRIES", Duration.ofSeconds(DEFAULT_READ_RETRIES)));
    }

    private static void checkUrl(String url, String which) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw MdkgException.badParameter("store", "the store's " + which + " URL is not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw MdkgException.badParameter(
                    "store", "the store's " + which + " URL must be http or https, got '" + url + "'");
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static long seconds(Map<String, String> env, String name, Duration fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback.toSeconds();
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw MdkgException.badParameter(name, name + " must be a whole number, got '" + v + "'");
        }
    }

    @Override
    public String toString() {
        return "RemoteStore[" + queryUrl + ", update=" + updateUrl + ", gsp=" + gspUrl + ", user=" + user + "]";
    }
}
