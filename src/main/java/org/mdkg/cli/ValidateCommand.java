package org.mdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.ParseProblem;
import org.mdkg.load.ParsedFile;
import org.mdkg.load.RdfFileParser;
import org.mdkg.load.RdfFiles;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.query.InvalidQueryFileException;
import org.mdkg.query.QueryFileReader;
import org.mdkg.vocab.GraphNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Parses files strictly and checks them against the SHACL shapes; changes nothing. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Parse files strictly (RDF, and query files *.rq as serve reads them), printing every problem "
                + "as file:line:col: message, then run the "
                + "SHACL shapes over them (with the ontology and vocabularies as context), printing severity, "
                + "focus node, path and message.",
        footer = ExitCode.HELP)
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories to check.")
    List<Path> paths;

    @Option(
            names = "--shapes",
            paramLabel = "FILE",
            description = "SHACL shapes (default: ontology/shapes.ttl if present).")
    Path shapes;

    @Option(
            names = "--context",
            paramLabel = "DIR",
            description = "Extra files loaded alongside, not reported " + "(default: ontology/ if present).")
    List<Path> context;

    @Option(names = "--no-shapes", description = "Only parse; skip SHACL.")
    boolean noShapes;

    @Spec
    CommandSpec spec;

    private int queryFiles;

    @Override
    public Integer call() {
        List<String> queryProblems = checkQueries();
        List<Path> files =
                RdfFiles.expand(paths).stream().filter(f -> !isQueryFile(f)).toList();
        List<ParseProblem> problems = new ArrayList<>();
        Graph union = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            try {
                addTo(union, RdfFileParser.parse(file, GraphNames.displayPath(file)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        if (!problems.isEmpty() || !queryProblems.isEmpty()) {
            err.printf(
                    "%d problem(s) in %d file(s)%n", problems.size() + queryProblems.size(), files.size() + queryFiles);
            return ExitCode.BAD_INPUT;
        }
        Path shapesFile = shapes != null ? shapes : Path.of("ontology", "shapes.ttl");
        if (noShapes || !Files.isRegularFile(shapesFile)) {
            spec.commandLine().getOut().printf("%d file(s) parsed without problems%n", files.size() + queryFiles);
            return ExitCode.OK;
        }
        return checkShapes(union, shapesFile, files.size());
    }

    /**
     * Reads each query file given, or found in a directory given, as {@code mdkg serve} reads it (header keys, grlc
     * decorators and variables); prints each refusal as {@code file:line:col: message}.
     */
    private List<String> checkQueries() {
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            List<Path> queries;
            try (Stream<Path> walk = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                queries = walk.filter(ValidateCommand::isQueryFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read directory " + p, e);
            }
            for (Path q : queries) {
                queryFiles++;
                try {
                    QueryFileReader.read(q);
                } catch (InvalidQueryFileException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        problems.forEach(spec.commandLine().getErr()::println);
        return problems;
    }

    private static boolean isQueryFile(Path f) {
        return Files.isRegularFile(f) && f.getFileName().toString().endsWith(".rq");
    }

    private int checkShapes(Graph union, Path shapesFile, int fileCount) {
        for (Path file : contextFiles()) {
            addTo(union, RdfFileParser.parse(file, GraphNames.displayPath(file)));
        }
        List<ShapeResult> results = new ShapeValidator(RDFDataMgr.loadGraph(shapesFile.toString())).validate(union);
        PrintWriter out = spec.commandLine().getOut();
        results.forEach(out::println);
        long violations = results.stream().filter(ShapeResult::isViolation).count();
        out.printf(
                "%d file(s) parsed; SHACL: %d violation(s), %d other finding(s)%n",
                fileCount, violations, results.size() - violations);
        return violations == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private List<Path> contextFiles() {
        if (context != null) {
            return RdfFiles.expand(context);
        }
        Path ontology = Path.of("ontology");
        return Files.isDirectory(ontology) ? RdfFiles.expand(List.of(ontology)) : List.of();
    }

    private static void addTo(Graph union, ParsedFile parsed) {
        parsed.content().find().forEachRemaining(q -> union.add(q.asTriple()));
    }
}
