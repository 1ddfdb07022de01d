package org.mdkg.load;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.mdkg.base.Sha256;

/**
 * Parses one RDF file strictly into memory. Warnings (bad IRIs, bad lexical forms) count as problems too,
 * so nothing questionable reaches the store. Problems carry {@code file:line:col}.
 */
public final class RdfFileParser {

    /**
     * Relative IRIs resolve only against the file's own base declaration ({@code @base}, {@code xml:base},
     * {@code @base} in a JSON-LD context); without one they are an error, never turned into {@code file:} IRIs
     * of wherever the file happens to lie.
     */
    public static final IRIxResolver NO_BASE = IRIxResolver.create().noBase().build();

    private RdfFileParser() {}

    /** Parses {@code file}; throws {@link InvalidInputException} listing what is wrong with it. */
    public static ParsedFile parse(Path file, String displayName) {
        Lang lang = RdfFiles.langOf(file);
        if (lang == null) {
            throw problem(displayName, "not an RDF file mdkg reads (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)");
        }
        if (!Files.isRegularFile(file)) {
            throw problem(displayName, "no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw problem(displayName, "cannot read: " + e.getMessage());
        }
        List<ParseProblem> problems = new ArrayList<>();
        if (lang != Lang.RDFXML) {
            TextFaults.invalidUtf8(bytes).ifPresent(f -> problems.add(problem(displayName, f)));
        } else {
            TextFaults.externalEntity(new String(bytes, StandardCharsets.UTF_8))
                    .ifPresent(f -> problems.add(problem(displayName, f)));
        }
        DatasetGraph content = DatasetGraphFactory.createGeneral();
        if (problems.isEmpty()) {
            try {
                RDFParser.source(new ByteArrayInputStream(bytes))
                        .lang(lang)
                        .resolver(NO_BASE)
                        .checking(true)
                        .context(noRemoteContexts())
                        .errorHandler(new CollectingErrorHandler(displayName, problems))
                        .parse(content);
            } catch (RiotException e) {
                if (problems.isEmpty()) {
                    problems.add(new ParseProblem(displayName, -1, -1, e.getMessage()));
                }
            } catch (StackOverflowError e) {
                problems.add(
                        problem(displayName, TextFaults.deepestNesting(new String(bytes, StandardCharsets.UTF_8))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(atStringStarts(problems, bytes));
        }
        return new ParsedFile(file, displayName, content, Sha256.hex(bytes));
    }

    /** A "newline in string" problem is placed where the string starts, not at the next line where it was noticed. */
    private static List<ParseProblem> atStringStarts(List<ParseProblem> problems, byte[] bytes) {
        return problems.stream()
                .map(p -> p.message() != null && p.message().contains("newline in string")
                        ? TextFaults.unclosedString(new String(bytes, StandardCharsets.UTF_8), p.line())
                                .map(f -> new ParseProblem(p.file(), f.line(), f.column(), f.message()))
                                .orElse(p)
                        : p)
                .toList();
    }

    /** JSON-LD {@code @context} URLs are never fetched (a remote context is an SSRF vector); such a file fails. */
    private static Context noRemoteContexts() {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not fetched: " + url + "; put the context inline");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    private static ParseProblem problem(String file, TextFaults.Fault fault) {
        return new ParseProblem(file, fault.line(), fault.column(), fault.message());
    }

    private static InvalidInputException problem(String file, String message) {
        return new InvalidInputException(List.of(new ParseProblem(file, 1, 1, message)));
    }

    /** Records every warning and error; stops the parse at the first error, as the syntax cannot be resumed. */
    private record CollectingErrorHandler(String file, List<ParseProblem> problems) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            record(new ParseProblem(file, line, col, message));
        }

        @Override
        public void error(String message, long line, long col) {
            record(new ParseProblem(file, line, col, message));
            throw new RiotException(message);
        }

        /** The parser reports some IRIs once per use in the same place; each problem is listed once. */
        private void record(ParseProblem problem) {
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
