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
import org.mdkg.config.RemoteStore;

/**
 * A standalone Fuseki 6.2 ({@code jena-fuseki-server}, copied into {@code target/fuseki} by the build) started as a
 * process of its own on a free port, with one updatable in-memory dataset at {@code /ds}; stopped by {@link #close}.
 */
public final class FusekiProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target", "fuseki", "jena-fuseki-server.jar");

    private final Process process;
    private final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Fuseki and waits until {@code /ds} answers a query. */
    public static FusekiProcess start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests through Maven (mvn verify), whose "
                    + "pre-integration-test phase copies org.apache.jena:jena-fuseki-server there");
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Path log = Files.createTempFile("fuseki-" + port + "-", ".log");
            Process p = new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-jar",
                            JAR.toString(),
                            "--localhost",
                            "--port=" + port,
                            "--timeout=10000", // a query mdkg gave up on does not keep the machine busy
                            "--mem",
                            "--update",
                            "/ds")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            FusekiProcess fuseki = new FusekiProcess(p, port);
            fuseki.awaitReady(log);
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dataset's URL, which answers queries, updates and the Graph Store protocol. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    /** The store as {@code mdkg serve --store} names it, with the default timeouts and retries. */
    public RemoteStore store() {
        return RemoteStore.parse(RemoteStore.SCHEME + datasetUrl(), java.util.Map.of());
    }

    private void awaitReady(Path log) {
        HttpClient http = HttpClient.newHttpClient();
        URI ask = URI.create(datasetUrl() + "?query=ASK%7B%7D");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki stopped on start; its log: " + read(log));
            }
            try {
                HttpResponse<Void> r =
                        http.send(HttpRequest.newBuilder(ask).GET().build(), HttpResponse.BodyHandlers.discarding());
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
        close();
        throw new IllegalStateException("Fuseki did not answer within 90 s; its log: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
