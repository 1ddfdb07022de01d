package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mdkg.config.RemoteStore;

/**
 * A standalone Fuseki 6.2 ({@code jena-fuseki-server}, copied into {@code target/fuseki} by the build) started as a
 * process of its own on a free port, with one updatable in-memory dataset at {@code /ds}; stopped by {@link #close}.
 */
public final class FusekiProcess implements StoreProcess {
    /** The jar the build copies, or the one the system property {@code mdkg.fuseki.jar} names (the benchmarks'). */
    private static final Path JAR = Path.of(System.getProperty(
            "mdkg.fuseki.jar",
            Path.of("target", "fuseki", "jena-fuseki-server.jar").toString()));

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
        int port = StoreProcess.freePort();
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
                            "--timeout=20000", // a query mdkg gave up on does not keep the machine busy (mdkg stops at
                            // 30 s)
                            "--mem",
                            "--update",
                            "/ds")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            FusekiProcess fuseki = new FusekiProcess(p, port);
            StoreProcess.awaitOk(p, fuseki.datasetUrl() + "?query=ASK%7B%7D", log, "Fuseki");
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "Fuseki";
    }

    /** The dataset's URL, which answers queries, updates and the Graph Store protocol. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    @Override
    public String spec() {
        return RemoteStore.SCHEME + datasetUrl();
    }

    @Override
    public void close() {
        StoreProcess.stop(process);
    }
}
