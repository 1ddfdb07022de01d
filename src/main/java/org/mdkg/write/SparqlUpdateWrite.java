package org.mdkg.write;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.load.TextFaults;

/**
 * A SPARQL Update as a write: parsed with strict SPARQL 1.1 syntax, refused if it would read anything from
 * outside the store ({@code LOAD} of a file or URL, {@code SERVICE}), then run on the in-memory copy with a
 * time limit.
 */
public final class SparqlUpdateWrite {
    private SparqlUpdateWrite() {}

    /** Stands in for a base IRI while parsing, so that a relative IRI shows up and can be refused. */
    private static final String NO_BASE = "http://relative-iri-without-base.invalid/";

    private static MdkgException tooDeep(String text) {
        TextFaults.Fault fault = TextFaults.deepestNesting(text);
        return new MdkgException(
                ErrorKind.BAD_INPUT,
                "SPARQL Update syntax error: line " + fault.line() + ", column " + fault.column() + ": "
                        + fault.message());
    }

    /** The change {@code text} makes, ready for {@link WriteService#commit}; refuses it now if it is not allowed. */
    public static Consumer<DatasetGraph> parse(String text, Duration timeout) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, NO_BASE, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (e.getMessage() == null || e.getCause() instanceof StackOverflowError) {
                throw tooDeep(text);
            }
            throw new MdkgException(ErrorKind.BAD_INPUT, "SPARQL Update syntax error: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw tooDeep(text);
        }
        if (request.toString().contains(NO_BASE)) {
            throw new MdkgException(
                    ErrorKind.BAD_INPUT,
                    "SPARQL Update uses a relative IRI and declares no BASE; write "
                            + "absolute IRIs (or add BASE <https://w3id.org/mdkg/id/>)");
        }
        for (Update op : request.getOperations()) {
            refuseOutsideReads(op);
        }
        SystemGraphGuard.refuseNamed(request);
        return dsg -> UpdateExec.dataset(dsg)
                .update(request)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .execute();
    }

    private static void refuseOutsideReads(Update op) {
        if (op instanceof UpdateLoad load) {
            throw new MdkgException(
                    ErrorKind.FORBIDDEN,
                    "LOAD <" + load.getSource() + "> is refused: the server never "
                            + "fetches files or URLs; send the data itself with PUT or POST /data, or use mdkg load");
        }
        if (op instanceof UpdateModify modify
                && modify.getWherePattern() != null
                && hasService(modify.getWherePattern())) {
            throw new MdkgException(
                    ErrorKind.FORBIDDEN, "SERVICE is refused: federated queries are off on this server");
        }
    }

    static boolean hasService(Element pattern) {
        boolean[] found = {false};
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }

            @Override
            public void visit(ElementSubQuery el) {
                if (el.getQuery().getQueryPattern() != null
                        && hasService(el.getQuery().getQueryPattern())) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }
}
