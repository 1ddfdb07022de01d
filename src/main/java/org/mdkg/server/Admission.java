package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Limits;
import org.mdkg.http.Problems;

/**
 * First in front of everything that reads or writes the store: each client (its socket address — never
 * {@code X-Forwarded-For}, which any client can write) may send {@link Limits#clientRate} requests a second (bursts
 * of twice that) and have {@link Limits#clientConcurrency} running at once, else 429; over all clients
 * {@link Limits#maxConcurrent} run at once and up to {@link Limits#queueLength} wait, at most
 * {@link Limits#queueWait}, else 503 — all with {@code Retry-After} and a problem body. Health checks, the API
 * documentation and static assets pass untouched, so {@code /api/health} answers even while queries queue.
 */
final class Admission extends HttpFilter {
    /** Purge idle clients once this many are tracked, so rotating addresses cannot fill the heap. */
    private static final int TRACKED = 10_000;

    private final transient Limits limits;
    private final transient Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final transient Map<String, Client> clients = new ConcurrentHashMap<>();

    Admission(Limits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.maxConcurrent(), true);
    }

    /** Whether a request for {@code path} is admitted through the limits (rather than passing untouched). */
    static boolean isLimited(String path) {
        return !(path.equals("/api/health")
                || path.startsWith("/api/health/")
                || path.startsWith("/api/docs")
                || path.equals("/api/openapi.json")
                || path.contains("/assets/")
                || path.startsWith("/webjars/"));
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!isLimited(path)) {
            chain.doFilter(req, resp);
            return;
        }
        Client client = client(req.getRemoteAddr());
        long waitSeconds = client.takeToken(limits.clientRate());
        if (waitSeconds > 0) {
            refuse(
                    resp,
                    path,
                    waitSeconds,
                    ErrorKind.TOO_MANY_REQUESTS,
                    "more than " + limits.clientRate()
                            + " requests a second from this client (MDKG_CLIENT_RATE); slow down");
            return;
        }
        if (client.running.incrementAndGet() > limits.clientConcurrency()) {
            client.running.decrementAndGet();
            refuse(
                    resp,
                    path,
                    1,
                    ErrorKind.TOO_MANY_REQUESTS,
                    "more than " + limits.clientConcurrency()
                            + " requests at once from this client (MDKG_CLIENT_CONCURRENCY); wait for one to finish");
            return;
        }
        try {
            if (!acquire()) {
                refuse(
                        resp,
                        path,
                        Math.max(1, limits.queueWait().toSeconds()),
                        ErrorKind.OVERLOADED,
                        "the server is busy: " + limits.maxConcurrent() + " requests run and " + limits.queueLength()
                                + " wait (MDKG_MAX_CONCURRENT, MDKG_QUEUE_LENGTH); retry later");
                return;
            }
            try {
                chain.doFilter(req, resp);
            } finally {
                slots.release();
            }
        } finally {
            client.running.decrementAndGet();
        }
    }

    /** A free slot, waiting in the queue if there is room in it; false when the queue is full or the wait ends. */
    private boolean acquire() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > limits.queueLength()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Client client(String address) {
        if (clients.size() > TRACKED) {
            clients.values().removeIf(c -> c.isIdle(limits.clientRate()));
        }
        return clients.computeIfAbsent(address, a -> new Client(limits.clientRate()));
    }

    private static void refuse(HttpServletResponse resp, String path, long retryAfter, ErrorKind kind, String why)
            throws IOException {
        resp.setHeader("Retry-After", Long.toString(retryAfter));
        Problems.send(resp, new MdkgException(kind, why), path);
    }

    /** One client's running requests and its token bucket (capacity twice the rate, refilled continuously). */
    private static final class Client {
        final AtomicInteger running = new AtomicInteger();
        private double tokens;
        private long refilled = System.nanoTime();

        Client(int rate) {
            tokens = 2.0 * rate;
        }

        /** Takes a token; 0 when there was one, else the seconds until there will be. */
        synchronized long takeToken(int rate) {
            refill(rate);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate);
        }

        synchronized boolean isIdle(int rate) {
            refill(rate);
            return running.get() == 0 && tokens >= 2.0 * rate;
        }

        private void refill(int rate) {
            long now = System.nanoTime();
            tokens = Math.min(2.0 * rate, tokens + (now - refilled) / 1e9 * rate);
            refilled = now;
        }
    }
}
