package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.mdkg.config.RemoteStore;

/**
 * A remote SPARQL engine started by a test as a process of its own on free ports ({@link FusekiProcess},
 * {@link VirtuosoProcess}); each stops its engine's own query after 20 s. Stopped by {@link #close}.
 */
public interface StoreProcess extends AutoCloseable {
    /** The engine's name, as test names show it. */
    String name();

    /** The store as {@code --store} takes it: {@code sparql:QUERY_URL[,update=URL][,gsp=URL]}. */
    String spec();

    /** The store as {@code mdkg serve --store} names it, with the default timeouts and retries. */
    default RemoteStore store() {
        return RemoteStore.parse(spec(), java.util.Map.of());
    }

    @Override
    void close();

    /** A port nothing listens on now. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code url} answers 200 (at most 90 s); fails with the log if the process stops first. */
    static void awaitOk(Process process, String url, Path log, String engine) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(engine + " stopped on start; its log: " + read(log));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop(process);
        throw new IllegalStateException(engine + " did not answer within 90 s; its log: " + read(log));
    }

    /** Stops {@code process}: a plain stop, then a forced one after 20 s. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
