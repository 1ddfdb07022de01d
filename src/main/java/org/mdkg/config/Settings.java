package org.mdkg.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How mdkg runs: where it listens, which store it opens, how long a query may take.
 * Built as defaults, overridden by environment variables ({@code MDKG_*}), then by CLI flags.
 *
 * @param bind         address to listen on; loopback unless changed
 * @param port         TCP port; 0 picks a free one
 * @param db           TDB2 directory
 * @param queryTimeout longest a SPARQL query may run before it is cancelled
 * @param queries      directory of named query files
 * @param writes       whether writes are accepted, and from whom
 */
public record Settings(String bind, int port, Path db, Duration queryTimeout, Path queries, WriteAccess writes) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Path DEFAULT_DB = Path.of("run", "db");
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final Path DEFAULT_QUERIES = Path.of("queries");

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind address must not be empty");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive");
        }
    }

    /** Loopback, a free port, the given store, default timeout and queries, writes off: what tests start with. */
    public static Settings forTest(Path db) {
        return new Settings(DEFAULT_BIND, 0, db, DEFAULT_QUERY_TIMEOUT, DEFAULT_QUERIES, WriteAccess.disabled());
    }

    /**
     * Defaults overridden by {@code MDKG_BIND}, {@code MDKG_PORT}, {@code MDKG_DB},
     * {@code MDKG_QUERY_TIMEOUT_SECONDS}, {@code MDKG_QUERIES}, {@code MDKG_WRITES} (on/off),
     * {@code MDKG_WRITE_TOKEN}, {@code MDKG_WRITE_USER}, {@code MDKG_WRITE_PASSWORD}.
     */
    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(
                env.getOrDefault("MDKG_BIND", DEFAULT_BIND),
                Integer.parseInt(env.getOrDefault("MDKG_PORT", String.valueOf(DEFAULT_PORT))),
                Path.of(env.getOrDefault("MDKG_DB", DEFAULT_DB.toString())),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("MDKG_QUERY_TIMEOUT_SECONDS",
                        String.valueOf(DEFAULT_QUERY_TIMEOUT.toSeconds())))),
                Path.of(env.getOrDefault("MDKG_QUERIES", DEFAULT_QUERIES.toString())),
                new WriteAccess("on".equalsIgnoreCase(env.getOrDefault("MDKG_WRITES", "off")),
                        env.get("MDKG_WRITE_TOKEN"), env.get("MDKG_WRITE_USER"), env.get("MDKG_WRITE_PASSWORD")));
    }

    public Settings withPort(int newPort) {
        return new Settings(bind, newPort, db, queryTimeout, queries, writes);
    }

    public Settings withBind(String newBind) {
        return new Settings(newBind, port, db, queryTimeout, queries, writes);
    }

    public Settings withDb(Path newDb) {
        return new Settings(bind, port, newDb, queryTimeout, queries, writes);
    }

    public Settings withQueries(Path newQueries) {
        return new Settings(bind, port, db, queryTimeout, newQueries, writes);
    }

    public Settings withWrites(WriteAccess newWrites) {
        return new Settings(bind, port, db, queryTimeout, queries, newWrites);
    }

    public Settings withQueryTimeout(Duration newTimeout) {
        return new Settings(bind, port, db, newTimeout, queries, writes);
    }
}
