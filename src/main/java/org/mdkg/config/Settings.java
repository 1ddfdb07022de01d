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
 */
public record Settings(String bind, int port, Path db, Duration queryTimeout) {

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final Path DEFAULT_DB = Path.of("run", "db");
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

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

    /** Defaults overridden by {@code MDKG_BIND}, {@code MDKG_PORT}, {@code MDKG_DB}, {@code MDKG_QUERY_TIMEOUT_SECONDS}. */
    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(
                env.getOrDefault("MDKG_BIND", DEFAULT_BIND),
                Integer.parseInt(env.getOrDefault("MDKG_PORT", String.valueOf(DEFAULT_PORT))),
                Path.of(env.getOrDefault("MDKG_DB", DEFAULT_DB.toString())),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("MDKG_QUERY_TIMEOUT_SECONDS",
                        String.valueOf(DEFAULT_QUERY_TIMEOUT.toSeconds())))));
    }

    public Settings withPort(int newPort) {
        return new Settings(bind, newPort, db, queryTimeout);
    }

    public Settings withBind(String newBind) {
        return new Settings(newBind, port, db, queryTimeout);
    }

    public Settings withDb(Path newDb) {
        return new Settings(bind, port, newDb, queryTimeout);
    }
}
