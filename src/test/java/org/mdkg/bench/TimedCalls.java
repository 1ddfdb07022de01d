package org.mdkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.mdkg.TestServers;
import org.mdkg.api.ExampleQueries;
import org.mdkg.query.NamedQuery;

/**
 * What the query benchmarks share: the REST path of a named query with its header's example parameters, one timed
 * {@code GET} (status and nanoseconds to the last byte, within a time limit), and the median and p99 of a sample.
 * Used by {@link QueryLatencyBenchmark} and {@link ScaleOutBenchmark}.
 */
final class TimedCalls {
    private final HttpClient http = HttpClient.newHttpClient();

    /** One answer: its status, the nanoseconds until its last byte, its body. */
    record Timed(int status, long nanos, byte[] body) {}

    /** {@code /api/queries/<id>?<example parameters>&limit=500}. */
    static String restPath(NamedQuery q) {
        return "/api/queries/" + q.id() + "?" + TestServers.queryString(ExampleQueries.params(q)) + "limit=500";
    }

    /**
     * A JSON {@code GET} of {@code url}, timed until the whole answer is read.
     *
     * @throws java.net.http.HttpTimeoutException if no whole answer came within {@code limit}
     */
    Timed get(String url, Duration limit) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .timeout(limit)
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return new Timed(resp.statusCode(), System.nanoTime() - start, resp.body());
    }

    /** The median of {@code nanos}, in ms. */
    static double medianMillis(long[] nanos) {
        long[] s = sorted(nanos);
        return s[s.length / 2] / 1e6;
    }

    /** The 99th percentile of {@code nanos} (nearest rank; the largest value below 100 samples), in ms. */
    static double p99Millis(long[] nanos) {
        long[] s = sorted(nanos);
        int rank = (int) Math.ceil(0.99 * s.length);
        return s[Math.max(rank, 1) - 1] / 1e6;
    }

    /** The largest of {@code nanos}, in ms. */
    static double maxMillis(long[] nanos) {
        return sorted(nanos)[nanos.length - 1] / 1e6;
    }

    private static long[] sorted(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s;
    }
}
