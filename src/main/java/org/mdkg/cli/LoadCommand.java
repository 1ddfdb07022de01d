package org.mdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mdkg.config.Settings;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.LoadListener;
import org.mdkg.load.LoadPlan;
import org.mdkg.load.LoadReport;
import org.mdkg.load.ParseProblem;
import org.mdkg.store.Store;
import org.mdkg.write.Author;
import org.mdkg.write.SystemGraphGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads files into the store in one transaction: all of them or, on any error, none. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Load Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML files (directories are walked). "
                + "Each file replaces its own named graph urn:mdkg:graph:<path>. All files load, or none do. "
                + "A load that adds a SHACL violation (shapes shipped in the jar, or $MDKG_SHAPES) is refused; "
                + "each load is recorded in urn:mdkg:graph:changes. The graphs of ontology/ are replaced only "
                + "with --ontology. With --store sparql:…, the files are parsed, derived, checked and recorded here "
                + "and sent to the remote store as one update.",
        footer = ExitCode.HELP)
final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories to load.")
    List<Path> paths;

    @Option(names = "--graph", paramLabel = "IRI", description = "Load everything into this one graph instead.")
    String graph;

    @Option(
            names = "--ontology",
            description = "Allow replacing the graphs loaded from ontology/ (an operator's upgrade of the ontology, "
                    + "vocabularies and shapes graphs); refused otherwise.")
    boolean ontology;

    @Option(
            names = "--allow-empty",
            description = "Load a file that holds no triples, emptying its graph; refused otherwise (an empty file "
                    + "is more often a failed export than a wish to delete).")
    boolean allowEmpty;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadListener progress = System.console() != null ? new TerminalProgress(out) : LoadListener.SILENT;
        long t0 = System.nanoTime();
        SystemGraphGuard guard = ontology ? SystemGraphGuard.allowingOntologyLoads() : SystemGraphGuard.standard();
        Settings settings = store.settings().build();
        // over a remote store (--store): parsed and checked here, sent as one conditional update (StoreOptions.useAny)
        LoadPlan plan = settings.store() == null && Loaders.holdsNoData(settings.db())
                ? loadIntoNewStore(settings, guard, progress)
                : store.useAny(opened -> {
                    LoadPlan parsed = Loaders.forStore(opened).plan(paths, graph, progress);
                    if (!allowEmpty) {
                        refuseEmpty(parsed);
                    }
                    progress.committing(parsed.triples());
                    Loaders.writes(opened, settings, guard).commitLoad(Author.ofCommandLine(), parsed);
                    Loaders.forStore(opened).stampDerivations();
                    return parsed;
                });
        for (LoadReport.FileLoad f : plan.files()) {
            out.printf("%-60s %9d triples  -> %s%n", f.file(), f.triples(), f.graph());
        }
        out.printf(
                "Loaded %d triples from %d files in %d ms%n",
                plan.triples(), plan.files().size(), (System.nanoTime() - t0) / 1_000_000);
        return ExitCode.OK;
    }

    private static void refuseEmpty(LoadPlan plan) {
        List<ParseProblem> empty = plan.files().stream()
                .filter(f -> f.triples() == 0)
                .map(f -> new ParseProblem(
                        f.file(),
                        1,
                        1,
                        "the file holds no triples: loading it would empty the graph " + f.graph()
                                + "; pass --allow-empty if that is what you want"))
                .toList();
        if (!empty.isEmpty()) {
            throw new InvalidInputException(empty);
        }
    }

    /**
     * Into a store without data: TDB2's bulk loader writes the files into a new store, then the write service
     * derives, checks and records the load there, and only then does the new store take the place of the old.
     */
    private LoadPlan loadIntoNewStore(Settings settings, SystemGraphGuard guard, LoadListener progress) {
        LoadPlan parsed = Loaders.forNewStore().plan(paths, graph, progress);
        if (!allowEmpty) {
            refuseEmpty(parsed);
        }
        guard.refuseLoad(parsed);
        progress.committing(parsed.triples());
        Store.createByBulkLoad(settings.db(), parsed::stream, loaded -> {
            Loaders.writes(loaded, settings, guard).commitBulkLoad(Author.ofCommandLine(), parsed);
            Loaders.forStore(loaded).stampDerivations();
        });
        return parsed;
    }

    /** Shows each parsed file with its rate while a long load runs. */
    private record TerminalProgress(PrintWriter out) implements LoadListener {
        @Override
        public void parsed(LoadReport.FileLoad file) {
            long rate = file.parseMillis() == 0 ? file.triples() : file.triples() * 1000 / file.parseMillis();
            out.printf("parsed %s: %d triples (%d triples/s)%n", file.file(), file.triples(), rate);
        }

        @Override
        public void committing(long triples) {
            out.printf("committing %d triples...%n", triples);
        }
    }
}
