package org.mdkg.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute-force throttling of write credentials, stricter than the general rate limit: a client (socket address)
 * that sent {@code perMinute} wrong credentials within a minute is turned away (429) until that minute is over,
 * right credentials or not.
 */
final class CredentialThrottle {
    private static final long MINUTE = 60_000_000_000L;
    private static final int TRACKED = 10_000;

    private final int perMinute;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    CredentialThrottle(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Seconds {@code client} must wait before it may try again; 0 when it may now. */
    long waitFor(String client) {
        Window w = failures.get(client);
        return w == null ? 0 : w.waitFor(perMinute);
    }

    /** Counts one wrong credential from {@code client}. */
    void failed(String client) {
        if (failures.size() > TRACKED) {
            failures.values().removeIf(Window::isOver);
        }
        failures.computeIfAbsent(client, c -> new Window()).add();
    }

    /** Failures counted since the start of the current minute-long window. */
    private static final class Window {
        private long start = System.nanoTime();
        private int count;

        synchronized void add() {
            if (isOver()) {
                start = System.nanoTime();
                count = 0;
            }
            count++;
        }

        synchronized long waitFor(int perMinute) {
            if (isOver() || count < perMinute) {
                return 0;
            }
            return Math.max(1, (start + MINUTE - System.nanoTime()) / 1_000_000_000L);
        }

        synchronized boolean isOver() {
            return System.nanoTime() - start > MINUTE;
        }
    }
}
