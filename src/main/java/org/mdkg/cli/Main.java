package org.mdkg.cli;

import java.io.PrintWriter;
import org.apache.jena.sys.JenaSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/mdkg.jar <command>}. */
@Command(
        name = "mdkg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Migration Dialogues Knowledge Graph: load, validate, query and serve the graph.",
        footer = ExitCode.HELP,
        subcommands = {
            ServeCommand.class,
            LoadCommand.class,
            ValidateCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            CoverageCommand.class,
            ImportCommand.class,
            ExportCsvCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CheckCommand.class,
            CompactCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this rather than {@link #main}). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line writing to {@code out} and {@code err}; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // Jena first, in its own order: a command that touches a vocabulary class first (RDF.type in a static
        // initialiser) would otherwise start Jena's initialisation from inside itself and fail.
        JenaSystem.init();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(ExitCode::of);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("mdkg: " + oneLine(e));
            return ExitCode.of(e);
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println("mdkg: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
