package org.mdkg.config;

import java.time.Duration;
import java.util.Map;
import org.mdkg.base.MdkgException;

/**
 * The limits every request runs under: each on by default, each set by an {@code MDKG_*} environment variable, and
 * validated when built (see {@code docs/reliability.md} for how they compare with public SPARQL endpoints).
 *
 * @param queryMaxBytes     largest SPARQL query {@code /sparql} accepts (body, form or query string), 413 past it
 * @param queryMaxElements  most group elements, projected expressions and sub-queries one query may have (the
 *                          parser's scope check takes time quadratic in them), 400 past it
 * @param resultMaxRows     rows (or triples) of a SPARQL result; a longer result is cut there and says so
 * @param regexMaxSteps     characters one {@code REGEX} or {@code REPLACE} may read on one value, backtracking
 *                          included, plus 100 per character of the value; 400 past it (the query time limit
 *                          interrupts it as well)
 * @param clientConcurrency requests one client (socket address) may have running at once, 429 past it
 * @param clientRate        requests per second one client may send (bursts of twice that), 429 past it
 * @param maxConcurrent     requests running at once over all clients; others wait in the queue
 * @param queueLength       requests that may wait for a free slot, 503 past it
 * @param queueWait         longest a request waits for a free slot, 503 after it
 * @param paramMaxChars     longest value of a REST parameter (e.g. {@code /api/search?q=}), 400 past it
 * @param authFailures      failed write credentials one client may send per minute before it is turned away (429)
 */
public record Limits(
        long queryMaxBytes,
        int queryMaxElements,
        int resultMaxRows,
        long regexMaxSteps,
        int clientConcurrency,
        int clientRate,
        int maxConcurrent,
        int queueLength,
        Duration queueWait,
        int paramMaxChars,
        int authFailures) {

    public static final long DEFAULT_QUERY_MAX_BYTES = 256 * 1024;
    public static final int DEFAULT_RESULT_MAX_ROWS = 10_000;

    public Limits {
        positive("MDKG_QUERY_MAX_BYTES", queryMaxBytes);
        positive("MDKG_QUERY_MAX_ELEMENTS", queryMaxElements);
        positive("MDKG_RESULT_MAX_ROWS", resultMaxRows);
        positive("MDKG_REGEX_MAX_STEPS", regexMaxSteps);
        positive("MDKG_CLIENT_CONCURRENCY", clientConcurrency);
        positive("MDKG_CLIENT_RATE", clientRate);
        positive("MDKG_MAX_CONCURRENT", maxConcurrent);
        positive("MDKG_QUEUE_LENGTH", queueLength + 1L);
        positive("MDKG_QUEUE_WAIT_SECONDS", queueWait.toMillis() + 1);
        positive("MDKG_PARAM_MAX_CHARS", paramMaxChars);
        positive("MDKG_AUTH_FAILURES_PER_MINUTE", authFailures);
    }

    /**
     * 256 KiB queries of at most 2,000 elements; 10,000 result rows (DBpedia's cap); 10^6 regex steps plus 100 per
     * character; per client 6 requests at once (a browser opens at most 6 connections to a host) and 100 a second
     * (DBpedia's), bursts of 200; 16 at once in all with 64 waiting up to 10 s; 200-character REST parameters; 10
     * wrong credentials a minute.
     */
    public static Limits defaults() {
        return new Limits(
                DEFAULT_QUERY_MAX_BYTES,
                2_000,
                DEFAULT_RESULT_MAX_ROWS,
                1_000_000,
                6,
                100,
                16,
                64,
                Duration.ofSeconds(10),
                200,
                10);
    }

    /** The defaults overridden by {@code MDKG_QUERY_MAX_BYTES} … {@code MDKG_AUTH_FAILURES_PER_MINUTE}. */
    public static Limits fromEnvironment(Map<String, String> env) {
        Limits d = defaults();
        return new Limits(
                number(env, "MDKG_QUERY_MAX_BYTES", d.queryMaxBytes),
                (int) number(env, "MDKG_QUERY_MAX_ELEMENTS", d.queryMaxElements),
                (int) number(env, "MDKG_RESULT_MAX_ROWS", d.resultMaxRows),
                number(env, "MDKG_REGEX_MAX_STEPS", d.regexMaxSteps),
                (int) number(env, "MDKG_CLIENT_CONCURRENCY", d.clientConcurrency),
                (int) number(env, "MDKG_CLIENT_RATE", d.clientRate),
                (int) number(env, "MDKG_MAX_CONCURRENT", d.maxConcurrent),
                (int) number(env, "MDKG_QUEUE_LENGTH", d.queueLength),
                Duration.ofSeconds(number(env, "MDKG_QUEUE_WAIT_SECONDS", d.queueWait.toSeconds())),
                (int) number(env, "MDKG_PARAM_MAX_CHARS", d.paramMaxChars),
                (int) number(env, "MDKG_AUTH_FAILURES_PER_MINUTE", d.authFailures));
    }

    public Limits withResultMaxRows(int value) {
        return new Limits(
                queryMaxBytes,
                queryMaxElements,
                value,
                regexMaxSteps,
                clientConcurrency,
                clientRate,
                maxConcurrent,
                queueLength,
                queueWait,
                paramMaxChars,
                authFailures);
    }

    public Limits withRegexMaxSteps(long value) {
        return new Limits(
                queryMaxBytes,
                queryMaxElements,
                resultMaxRows,
                value,
                clientConcurrency,
                clientRate,
                maxConcurrent,
                queueLength,
                queueWait,
                paramMaxChars,
                authFailures);
    }

    /** These limits with the admission ones replaced: per-client concurrency and rate, global slots and queue. */
    public Limits withAdmission(int perClient, int ratePerSecond, int slots, int queue, Duration wait) {
        return new Limits(
                queryMaxBytes,
                queryMaxElements,
                resultMaxRows,
                regexMaxSteps,
                perClient,
                ratePerSecond,
                slots,
                queue,
                wait,
                paramMaxChars,
                authFailures);
    }

    public Limits withAuthFailures(int value) {
        return new Limits(
                queryMaxBytes,
                queryMaxElements,
                resultMaxRows,
                regexMaxSteps,
                clientConcurrency,
                clientRate,
                maxConcurrent,
                queueLength,
                queueWait,
                paramMaxChars,
                value);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw MdkgException.badParameter(name, name + " must be positive, got " + value);
        }
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
}
