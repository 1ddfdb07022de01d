package org.mdkg.cli;

import java.util.concurrent.Callable;
import org.mdkg.docs.CoverageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Writes the data coverage report from the store. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "Report, per class, the instances of the curated data and the share with a source, the share of "
                + "statements traceable to a source, and the known gaps, as Markdown.",
        footer = ExitCode.HELP)
final class CoverageCommand implements Callable<Integer> {
    @Mixin
    Output output;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.write(store.useAny(opened -> new CoverageReport(opened.dataset()).markdown()));
        return ExitCode.OK;
    }
}
