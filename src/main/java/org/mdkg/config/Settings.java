package org.mdkg.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mdkg.base.MdkgException;

/**
 * How mdkg runs: where it listens, which store it opens, how long a query may take, who may write, which browser
 * origins may read. Built once as defaults, overridden by environment variables ({@code MDKG_*}), then by CLI
 * flags ({@link Builder}), and validated when built.
 *
 * @param bind          address to listen on; loopback unless changed
 * @param port          TCP port; 0 picks a free one
 * @param db            TDB2 directory
 * @param store         the remote store served instead of {@code db} ({@code --store sparql:…}); null for the embedded one
 * @param queryTimeout  longest a SPARQL query may run before it is cancelled
 * @param queries       directory of named query files
 * @param writes        whether writes are accepted, and from whom
 * @param corsOrigins   browser origins allowed to read; empty means any origin
 * @param writeMaxBytes largest write body accepted
 * @param cacheMaxBytes bytes of answers kept in memory for repeated reads; 0 turns the cache off
 * @param cacheEntryMaxBytes largest single answer kept
 * @param searchMaxChars longest search text accepted ({@code q} of {@code /api/search} and {@code /search})
 * @param shapes        the SHACL shapes file writes are checked against; null means the shapes shipped in the jar
 * @param limits        request size, complexity, result, regex, concurrency and rate limits
 * @param share         whether anyone may keep a query text for a {@code /q/<id>} link ({@code POST /q}); on by
 *                      default, as it changes no data
 * @param nodeCache     entries of each of TDB2's two node caches of the embedded store ({@code MDKG_NODE_CACHE});
 *                      0 keeps TDB2's own sizes
 */
public record Settings(
        String bind,
        int port,
        Path db,
        RemoteStore store,
        Duration queryTimeout,
        Path queries,
        WriteAccess writes,
        List<String> corsOrigins,
        long writeMaxBytes,
        long cacheMaxBytes,
        long cacheEntryMaxBytes,
        int searchMaxChars,
        Path shapes,
        Limits limits,
        boolean share,
        int nodeCache) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Path DEFAULT_DB = Path.of("run", "db");
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final Path DEFAULT_QUERIES = Path.of("queries");
    public static final long DEFAULT_WRITE_MAX_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_CACHE_MAX_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_CACHE_ENTRY_MAX_BYTES = 1024L * 1024;
    public static final int DEFAULT_SEARCH_MAX_CHARS = 200;

    public Settings {
        if (port < 0 || port > 65535) {
            throw MdkgException.badParameter("port", "port must be between 0 and 65535, got " + port);
        }
        if (bind == null || bind.isBlank()) {
            throw MdkgException.badParameter("bind", "bind address must not be empty");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw MdkgException.badParameter("MDKG_QUERY_TIMEOUT_SECONDS", "query timeout must be positive");
        }
        if (writeMaxBytes <= 0) {
            throw MdkgException.badParameter("MDKG_WRITE_MAX_BYTES", "MDKG_WRITE_MAX_BYTES must be positive");
        }
        if (cacheMaxBytes < 0 || cacheEntryMaxBytes < 0) {
            throw MdkgException.badParameter("MDKG_CACHE_MAX_BYTES", "cache sizes must be 0 (off) or more");
        }
        if (searchMaxChars <= 0) {
            throw MdkgException.badParameter("MDKG_SEARCH_MAX_CHARS", "MDKG_SEARCH_MAX_CHARS must be positive");
        }
        if (nodeCache < 0) {
            throw MdkgException.badParameter(
                    "MDKG_NODE_CACHE", "MDKG_NODE_CACHE must be a whole number of entries, 1 or more");
        }
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** The defaults: loopback, port 3030, ./run/db, 30 s, ./queries, writes off, any origin, 16 MiB, 200 characters. */
    public static Builder defaults() {
        return new Builder();
    }

    /**
     * Defaults overridden by {@code MDKG_BIND}, {@code MDKG_PORT}, {@code MDKG_DB}, {@code MDKG_STORE} (and the
     * {@code MDKG_STORE_*} settings of {@link RemoteStore}), {@code MDKG_QUERY_TIMEOUT_SECONDS},
     * {@code MDKG_QUERIES}, {@code MDKG_WRITES} (on/off), {@code MDKG_WRITE_TOKEN}, {@code MDKG_WRITE_USER},
     * {@code MDKG_WRITE_PASSWORD}, {@code MDKG_CORS_ORIGINS} (comma-separated, or {@code *}),
     * {@code MDKG_WRITE_MAX_BYTES}, {@code MDKG_CACHE_MAX_BYTES}, {@code MDKG_CACHE_ENTRY_MAX_BYTES},
     * {@code MDKG_SEARCH_MAX_CHARS}, {@code MDKG_SHAPES}, {@code MDKG_SHARE} (on/off), {@code MDKG_NODE_CACHE} and the {@link Limits}; returned as a builder so flags can
     * override them in turn.
     */
    public static Builder fromEnvironment(Map<String, String> env) {
        Builder b = defaults();
        b.bind = env.getOrDefault("MDKG_BIND", b.bind);
        b.port = number(env, "MDKG_PORT", b.port);
        b.db = Path.of(env.getOrDefault("MDKG_DB", b.db.toString()));
        String store = env.get("MDKG_STORE");
        b.store = store == null || store.isBlank() ? null : RemoteStore.parse(store.trim(), env);
        b.queryTimeout = Duration.ofSeconds(number(env, "MDKG_QUERY_TIMEOUT_SECONDS", b.queryTimeout.toSeconds()));
        b.queries = Path.of(env.getOrDefault("MDKG_QUERIES", b.queries.toString()));
        b.writes = new WriteAccess(
                "on".equalsIgnoreCase(env.getOrDefault("MDKG_WRITES", "off")),
                env.get("MDKG_WRITE_TOKEN"),
                env.get("MDKG_WRITE_USER"),
                env.get("MDKG_WRITE_PASSWORD"));
        b.corsOrigins = origins(env.getOrDefault("MDKG_CORS_ORIGINS", "*"));
        b.writeMaxBytes = number(env, "MDKG_WRITE_MAX_BYTES", b.writeMaxBytes);
        b.cacheMaxBytes = number(env, "MDKG_CACHE_MAX_BYTES", b.cacheMaxBytes);
        b.cacheEntryMaxBytes = number(env, "MDKG_CACHE_ENTRY_MAX_BYTES", b.cacheEntryMaxBytes);
        b.searchMaxChars = number(env, "MDKG_SEARCH_MAX_CHARS", b.searchMaxChars);
        String shapes = env.get("MDKG_SHAPES");
        b.shapes = shapes == null || shapes.isBlank() ? null : Path.of(shapes.trim());
        b.limits = Limits.fromEnvironment(env);
        b.share = onOff(env, "MDKG_SHARE", b.share);
        // unset keeps TDB2's own sizes (0); set, it must be a count of entries
        b.nodeCache = number(env, "MDKG_NODE_CACHE", 0);
        if (b.nodeCache == 0 && !env.getOrDefault("MDKG_NODE_CACHE", "").isBlank()) {
            b.nodeCache = -1;
        }
        return b;
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bind = bind;
        b.port = port;
        b.db = db;
        b.store = store;
        b.queryTimeout = queryTimeout;
        b.queries = queries;
        b.writes = writes;
        b.corsOrigins = corsOrigins;
        b.writeMaxBytes = writeMaxBytes;
        b.cacheMaxBytes = cacheMaxBytes;
        b.cacheEntryMaxBytes = cacheEntryMaxBytes;
        b.searchMaxChars = searchMaxChars;
        b.shapes = shapes;
        b.limits = limits;
        b.share = share;
        b.nodeCache = nodeCache;
        return b;
    }

    private static boolean onOff(Map<String, String> env, String name, boolean fallback) {
        String v = env.getOrDefault(name, "").trim();
        if (v.isEmpty()) {
            return fallback;
        }
        if (!v.equalsIgnoreCase("on") && !v.equalsIgnoreCase("off")) {
            throw MdkgException.badParameter(name, name + " must be on or off, got '" + v + "'");
        }
        return v.equalsIgnoreCase("on");
    }

    /** {@code *} or empty: any origin; otherwise the comma-separated origins. */
    static List<String> origins(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.equals("*")) {
            return List.of();
        }
        return Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        return (int) number(env, name, (long) fallback);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw MdkgException.badParameter(name, name + " must be a whole number, got '" + v + "'");
        }
    }

    /** Settings under construction; {@link #build} validates them. */
    public static final class Builder {
        private String bind = DEFAULT_BIND;
        private int port = DEFAULT_PORT;
        private Path db = DEFAULT_DB;
        private RemoteStore store;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private Path queries = DEFAULT_QUERIES;
        private WriteAccess writes = WriteAccess.disabled();
        private List<String> corsOrigins = List.of();
        private long writeMaxBytes = DEFAULT_WRITE_MAX_BYTES;
        private long cacheMaxBytes = DEFAULT_CACHE_MAX_BYTES;
        private long cacheEntryMaxBytes = DEFAULT_CACHE_ENTRY_MAX_BYTES;
        private int searchMaxChars = DEFAULT_SEARCH_MAX_CHARS;
        private Path shapes;
        private Limits limits = Limits.defaults();
        private boolean share = true;
        private int nodeCache;

        private Builder() {}

        public Builder bind(String value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder db(Path value) {
            db = value;
            return this;
        }

        /** The remote store to serve instead of the TDB2 directory; null for the embedded store. */
        public Builder store(RemoteStore value) {
            store = value;
            return this;
        }

        public Builder queryTimeout(Duration value) {
            queryTimeout = value;
            return this;
        }

        public Builder queries(Path value) {
            queries = value;
            return this;
        }

        public Builder writes(WriteAccess value) {
            writes = value;
            return this;
        }

        public Builder corsOrigins(List<String> value) {
            corsOrigins = value;
            return this;
        }

        public Builder writeMaxBytes(long value) {
            writeMaxBytes = value;
            return this;
        }

        public Builder cacheMaxBytes(long value) {
            cacheMaxBytes = value;
            return this;
        }

        public Builder cacheEntryMaxBytes(long value) {
            cacheEntryMaxBytes = value;
            return this;
        }

        public Builder searchMaxChars(int value) {
            searchMaxChars = value;
            return this;
        }

        /** The SHACL shapes file for the write gate; null for the shapes shipped in the jar. */
        public Builder shapes(Path value) {
            shapes = value;
            return this;
        }

        public Builder limits(Limits value) {
            limits = value;
            return this;
        }

        /** Whether {@code POST /q} keeps query texts for their links. */
        public Builder share(boolean value) {
            share = value;
            return this;
        }

        public Settings build() {
            return new Settings(
                    bind,
                    port,
                    db,
                    store,
                    queryTimeout,
                    queries,
                    writes,
                    corsOrigins,
                    writeMaxBytes,
                    cacheMaxBytes,
                    cacheEntryMaxBytes,
                    searchMaxChars,
                    shapes,
                    limits,
                    share,
                    nodeCache);
        }
    }
}
