package org.mdkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mdkg.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Verifies the store's indexes against each other and its node file against its node index. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check the store: every index (SPO, POS, OSP; GSPO … OSPG) holds the same tuples, counted per "
                + "graph and looked up in each other; every node reads back from the node file to the same id. "
                + "mdkg serve runs the same check before it serves. Exits 4 when the store is damaged.",
        footer = ExitCode.HELP)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreCheck.Report report = store.use(StoreCheck::run);
        PrintWriter out = spec.commandLine().getOut();
        report.checked().forEach(line -> out.println("checked " + line));
        if (report.ok()) {
            out.println("The store is whole.");
            return ExitCode.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(p -> err.println("mdkg: " + p));
        err.println("mdkg: the store is damaged; restore a backup (mdkg restore) or rebuild it (mdkg load)");
        return ExitCode.DAMAGED;
    }
}
