package org.mdkg.server;

import java.nio.charset.StandardCharsets;

/**
 * Crash-only policy for JVM errors in the server: when an {@link OutOfMemoryError} or another
 * {@link VirtualMachineError} kills a thread (Jena's query-timeout clock, a Jetty selector), the server can no
 * longer keep its promises (a query may run unbounded, requests may hang), so the process exits at once with
 * code 3 for a supervisor to restart it; TDB2's transactions make that safe. An error inside a request is
 * answered 500 by Fuseki and does not reach here; queries also spill large sorts to disk, so they rarely get there.
 */
public final class FatalErrors {
    private static final byte[] MESSAGE = ("mdkg: a server thread died of a JVM error (out of memory?); exiting with "
                    + "code 3 so that a supervisor restarts the server\n")
            .getBytes(StandardCharsets.US_ASCII);

    private FatalErrors() {}

    /** Makes a thread dying of a {@link VirtualMachineError} halt the process; other errors go on as before. */
    public static void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof VirtualMachineError) {
                try {
                    System.err.write(MESSAGE, 0, MESSAGE.length);
                    System.err.flush();
                } finally {
                    Runtime.getRuntime().halt(3);
                }
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
    }
}
