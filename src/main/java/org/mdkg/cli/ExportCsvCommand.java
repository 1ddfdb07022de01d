package org.mdkg.cli;

import java.util.concurrent.Callable;
import org.mdkg.csv.CsvExport;
import org.mdkg.csv.CsvKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes one of the CSV tables from the store, in the template's columns. */
@Command(
        name = "export-csv",
        mixinStandardHelpOptions = true,
        description = "Export commitments, assessments, evidence, programmes or memberships as CSV in the columns "
                + "of data/templates/<kind>.csv; importing the result changes nothing.",
        footer = ExitCode.HELP)
final class ExportCsvCommand implements Callable<Integer> {
    @Option(
            names = "--kind",
            required = true,
            paramLabel = "KIND",
            description = "commitments, assessments, evidence, programmes or memberships.")
    String kind;

    @Mixin
    Output output;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CsvKind k = CsvKind.named(kind);
        output.write(store.useAny(opened -> CsvExport.write(opened.dataset(), k)));
        return ExitCode.OK;
    }
}
