package org.mdkg;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mdkg.analysis.FastPaths;
import org.mdkg.config.Settings;
import org.mdkg.derive.Derivations;
import org.mdkg.query.QueryLibrary;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/** Settings and servers as the tests start them: loopback, a free port, the bundled queries, writes off. */
public final class TestServers {
    private TestServers() {}

    /** Loopback, a free port, the given store directory, default timeout and queries, writes off. */
    public static Settings.Builder settings(Path db) {
        return Settings.defaults().port(0).db(db);
    }

    /** {@link #start(Settings, Store)} with the settings built. */
    public static MdkgServer start(Settings.Builder settings, Store store) {
        return start(settings.build(), store);
    }

    /** The real server over {@code store}, wired as {@code mdkg serve} wires it, started. */
    public static MdkgServer start(Settings settings, Store store) {
        return MdkgServer.builder(settings, store)
                .derivations(Derivations.standard())
                .queries(QueryLibrary.load(settings.queries()))
                .fastPaths(FastPaths.forStore(store))
                .build()
                .start();
    }

    /** {@code params} as a query string, each value encoded, each pair followed by {@code &}. */
    public static String queryString(Map<String, List<String>> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, vs) -> vs.forEach(v -> q.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&')));
        return q.toString();
    }
}
