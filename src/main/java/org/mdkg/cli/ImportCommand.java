package org.mdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mdkg.csv.CsvImport;
import org.mdkg.csv.CsvKind;
import org.mdkg.csv.CsvTable;
import org.mdkg.write.Author;
import org.mdkg.write.ChangeRecord;
import org.mdkg.write.SystemGraphGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports analysts' CSV tables (see data/templates) in one validated transaction. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import CSV tables made from data/templates/*.csv: commitments, assessments, evidence, "
                + "programmes, memberships. Each row goes into urn:mdkg:graph:import/<kind>, replacing what that "
                + "graph said about the row's subject. All files are checked together (slugs, dates, SHACL) and "
                + "commit together, or nothing does; problems name the file, row and column.",
        footer = ExitCode.HELP)
final class ImportCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "FILE.csv",
            description = "CSV files, UTF-8, with the template's header row.")
    List<Path> files;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "commitments, assessments, evidence, programmes or memberships "
                    + "(default: recognised from each file's header).")
    String kind;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CsvKind forced = kind == null ? null : CsvKind.named(kind);
        List<CsvTable> tables =
                files.stream().map(f -> CsvTable.read(f, forced)).toList();
        PrintWriter out = spec.commandLine().getOut();
        String source =
                "import " + String.join(" ", files.stream().map(Path::toString).toList());
        String sha = String.join(
                " ", tables.stream().map(t -> t.file() + "=" + t.sha256()).toList());
        ChangeRecord change =
                store.useAny(opened -> Loaders.writes(opened, store.settings().build(), SystemGraphGuard.standard())
                        .commit(Author.ofCommandLine(), source, sha, CsvImport.plan(opened.dataset(), tables)));
        tables.forEach(t -> out.printf(
                "%-50s %4d %s rows -> %s%n",
                t.file(), t.rows().size(), t.kind().id(), t.kind().graph().getURI()));
        change.summary().forEach(line -> out.println("  " + line));
        out.printf(
                "Imported: %d triples added, %d removed (change %s)%n", change.added(), change.removed(), change.id());
        return ExitCode.OK;
    }
}
