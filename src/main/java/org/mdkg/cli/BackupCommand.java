package org.mdkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mdkg.backup.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a consistent gzipped N-Quads snapshot of the store. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Write every named graph as gzipped N-Quads, read in one transaction (a consistent snapshot). "
                + "The store must not be open in a running server (TDB2 allows one process); while serving, "
                + "GET /backup with the write credentials gives the same snapshot. With --store sparql:…, every mdkg graph "
                + "is read from the remote store with a Graph Store protocol GET, in the same format.",
        footer = ExitCode.HELP)
final class BackupCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Backup file (default: run/backups/mdkg-<UTC time>.nq.gz).")
    Path out;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = out != null ? out : Path.of("run", "backups", Backup.defaultFileName());
        long quads = store.useAny(opened -> Backup.writeTo(opened, file));
        spec.commandLine().getOut().printf("Backed up %d quads to %s%n", quads, file);
        return ExitCode.OK;
    }
}
