package org.mdkg.cli;

import java.util.concurrent.Callable;
import org.mdkg.store.Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Compacts the store: its live data copied into a new generation, the old one deleted. */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Compact the store (TDB2 never reuses the space of replaced data, so it grows with each write): "
                + "the live data is copied into a new generation and the old one deleted. A kill during compaction "
                + "leaves the old generation in use. The store must not be open in a running server (TDB2 allows "
                + "one process); while serving, POST /compact with the write credentials compacts online.",
        footer = ExitCode.HELP)
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Compaction.Report r = store.use(Compaction::compact);
        spec.commandLine()
                .getOut()
                .printf(
                        "Compacted the store from %,d to %,d bytes in %d ms%n",
                        r.bytesBefore(), r.bytesAfter(), r.millis());
        return ExitCode.OK;
    }
}
