package org.mdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mdkg.config.RemoteStore;

/**
 * OpenLink Virtuoso 7 from Debian ({@code virtuoso-opensource}: {@code virtuoso-t} and {@code isql-vt}) started as a
 * process of its own with a throw-away database in a temporary directory, its SQL and HTTP servers on free ports,
 * small buffers, and SPARQL Update (and so the Graph Store protocol at {@code /sparql-graph-crud}) granted to the
 * anonymous {@code SPARQL} user; stopped, and its directory deleted, by {@link #close}.
 */
public final class VirtuosoProcess implements StoreProcess {
    private static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    private static final Path ISQL = Path.of("/usr/bin/isql-vt");

    private final Process process;
    private final Path dir;
    private final int httpPort;

    private VirtuosoProcess(Process process, Path dir, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.httpPort = httpPort;
    }

    /** Starts Virtuoso, waits until {@code /sparql} answers, and grants SPARQL Update. */
    public static VirtuosoProcess start() {
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(ISQL)) {
            throw new IllegalStateException(SERVER + " or " + ISQL + " is missing: install Virtuoso 7 with "
                    + "`apt-get install -y virtuoso-opensource-7-bin` (.ci/run does when it is missing)");
        }
        int sqlPort = StoreProcess.freePort();
        int httpPort = StoreProcess.freePort();
        try {
            Path dir = Files.createTempDirectory("virtuoso-");
            Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, sqlPort, httpPort));
            Path log = dir.resolve("process.log");
            Process p = new ProcessBuilder(
                            SERVER.toString(),
                            "+configfile",
                            dir.resolve("virtuoso.ini").toString(),
                            "+foreground")
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            VirtuosoProcess virtuoso = new VirtuosoProcess(p, dir, httpPort);
            try {
                StoreProcess.awaitOk(p, virtuoso.sparqlUrl() + "?query=SELECT%20*%20%7B%7D", log, "Virtuoso");
                virtuoso.isql(sqlPort, "grant SPARQL_UPDATE to \"SPARQL\";");
            } catch (RuntimeException e) {
                virtuoso.close();
                throw e;
            }
            return virtuoso;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The configuration: the database files in {@code dir}, small buffers, a result limit above the bundled data
     * (a write reads the whole store), and a 20 s limit on each query (an answer cut by it carries X-SQL-State S1TAT, or is a 500 with S1T00).
     */
    private static String ini(Path dir, int sqlPort, int httpPort) {
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = %2$d
                NumberOfBuffers = 20000
                MaxDirtyBuffers = 15000
                DirsAllowed = ., %1$s

                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = %1$s
                ServerThreads = 8
                MaxClientConnections = 8

                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 20
                MaxQueryCostEstimationTime = 0
                """.formatted(dir, sqlPort, httpPort);
    }

    private void isql(int sqlPort, String sql) {
        try {
            Path out = dir.resolve("isql.log");
            Process p = new ProcessBuilder(ISQL.toString(), String.valueOf(sqlPort), "dba", "dba", "exec=" + sql)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("isql-vt failed on " + sql + ": " + StoreProcess.read(out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return "Virtuoso";
    }

    /** The SPARQL endpoint, which takes queries and updates. */
    public String sparqlUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    @Override
    public String spec() {
        return RemoteStore.SCHEME + sparqlUrl() + ",gsp=http://127.0.0.1:" + httpPort + "/sparql-graph-crud";
    }

    @Override
    public void close() {
        StoreProcess.stop(process);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
