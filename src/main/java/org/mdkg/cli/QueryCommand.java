package org.mdkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mdkg.analysis.FastPaths;
import org.mdkg.base.MdkgException;
import org.mdkg.csv.CsvResults;
import org.mdkg.query.Enumerations;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryFileReader;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryRunner;
import org.mdkg.query.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs a query file (with or without a {@code #+} header) or a named query from {@code queries/} against the
 * store; a named query with a fast path ({@link FastPaths}) is answered by it, as {@code /api} answers it.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a SELECT query file, or a named query from ./queries, against the store. "
                + "Parameters are bound as typed RDF terms as the query header declares them.",
        footer = ExitCode.HELP)
final class QueryCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    Target target;

    /** Either a file or a name. */
    static final class Target {
        @Parameters(paramLabel = "FILE.rq", description = "A query file.")
        Path file;

        @Option(names = "--name", paramLabel = "NAME", description = "A named query: ./queries/NAME.rq.")
        String name;
    }

    @Option(names = "--param", paramLabel = "k=v", description = "Parameter value; repeat for lists.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FMT", description = "json, csv, tsv or table (default table).")
    String format = "table";

    @Option(names = "--queries", paramLabel = "DIR", description = "Query library directory (default ./queries).")
    Path queries = Path.of("queries");

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.parse(format);
        CsvResults.install();
        NamedQuery named = target.file != null
                ? QueryFileReader.readAnyFile(target.file)
                : QueryLibrary.load(queries)
                        .find(target.name)
                        .orElseThrow(
                                () -> MdkgException.notFound("no query named '" + target.name + "' in " + queries));
        if (!named.query().isSelectType()) {
            throw MdkgException.badParameter("FILE", "only SELECT queries can be run here; use /sparql for others");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        store.useAny(opened -> {
            QueryRunner runner = target.file != null
                    ? new QueryRunner(opened.dataset())
                    : new QueryRunner(opened, FastPaths.forStore(opened));
            // grlc's enumerate: the allowed values from this store, as serve reads them
            NamedQuery filled = Enumerations.fill(named, opened.dataset());
            runner.allRows(filled, parse(params), rows -> fmt.write(rows, buffer));
            return null;
        });
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static Map<String, List<String>> parse(List<String> pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw MdkgException.badParameter("--param", "--param takes k=v, got '" + pair + "'");
            }
            map.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        return map;
    }
}
