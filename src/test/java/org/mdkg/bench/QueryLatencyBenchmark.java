package org.mdkg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;

/**
 * Load generator, not a test: the latency of every named query as a client of {@code /api} sees it, against a
 * running server (start it with {@code MDKG_CACHE_MAX_BYTES=0} so every call evaluates the query). For each query in
 * the library, with its header's example parameters: warm-up calls, then N calls, one at a time; prints the median
 * and the slowest per query and how many medians are under the target. Used by {@code docs/bench/run.sh}.
 *
 * <p>Arguments: base URL, calls per query (default 11), warm-up calls (default 2), target in ms (default 100),
 * query directory (default queries).
 */
public final class QueryLatencyBenchmark {
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final TimedCalls http = new TimedCalls();
    private final String base;

    private QueryLatencyBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        double target = args.length > 3 ? Double.parseDouble(args[3]) : 100;
        Path queries = Path.of(args.length > 4 ? args[4] : "queries");
        new QueryLatencyBenchmark(base).run(QueryLibrary.load(queries).all(), calls, warmup, target);
    }

    private void run(List<NamedQuery> all, int calls, int warmup, double target) throws Exception {
        System.out.printf(Locale.ROOT, "| query | status | median ms | max ms |%n|---|---:|---:|---:|%n");
        int under = 0;
        double worst = 0;
        String worstId = "";
        for (NamedQuery q : all) {
            String path = TimedCalls.restPath(q);
            for (int i = 0; i < warmup; i++) {
                call(path);
            }
            int status = 0;
            long[] nanos = new long[calls];
            for (int i = 0; i < calls; i++) {
                TimedCalls.Timed r = call(path);
                status = r.status();
                nanos[i] = r.nanos();
            }
            double median = TimedCalls.medianMillis(nanos);
            double max = TimedCalls.maxMillis(nanos);
            if (median < target) {
                under++;
            }
            if (median > worst) {
                worst = median;
                worstId = q.id();
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", q.id(), status, median, max);
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d of %d named queries under %.0f ms (median of %d calls after %d warm-up); slowest: %s, %.1f ms%n",
                under,
                all.size(),
                target,
                calls,
                warmup,
                worstId,
                worst);
    }

    private TimedCalls.Timed call(String path) throws Exception {
        return http.get(base + path, LIMIT);
    }
}
