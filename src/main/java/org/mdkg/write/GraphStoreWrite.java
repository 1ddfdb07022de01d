package org.mdkg.write;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.load.RdfFileParser;
import org.mdkg.load.TextFaults;

/**
 * A Graph Store Protocol write: {@code PUT} replaces a named graph, {@code POST} adds to it, {@code DELETE}
 * drops it. Only Turtle and N-Triples bodies are accepted (RDF/XML and JSON-LD are refused with 415, so no
 * external entity or remote context is ever fetched); the body is parsed strictly before anything else.
 */
public final class GraphStoreWrite {
    /** Media types a write body may have. */
    public static final List<String> ACCEPTED = List.of("text/turtle", "application/n-triples", "text/plain");

    private GraphStoreWrite() {}

    /**
     * The graph named by {@code ?graph=}; the default graph is the read-only union, so it cannot be written, and
     * the graphs mdkg keeps are refused ({@link SystemGraphGuard}).
     */
    public static Node target(String graphParam, boolean hasDefaultParam) {
        if (hasDefaultParam || graphParam == null || graphParam.isBlank()) {
            throw new MdkgException(
                    ErrorKind.BAD_INPUT,
                    "name the graph to write with ?graph=IRI; "
                            + "the default graph is the read-only union of all named graphs");
        }
        try {
            IRIs.checkEx(graphParam);
        } catch (RuntimeException e) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "?graph is not an absolute IRI: " + e.getMessage());
        }
        if (!graphParam.contains(":")) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "?graph must be an absolute IRI");
        }
        Node graph = NodeFactory.createURI(graphParam);
        SystemGraphGuard.refuseTarget(graph);
        return graph;
    }

    /** Parses {@code body} strictly; errors carry line and column. */
    public static Graph parse(byte[] body, String contentType) {
        Lang lang = langOf(contentType);
        TextFaults.invalidUtf8(body).ifPresent(f -> {
            throw refused(f);
        });
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body))
                    .lang(lang)
                    .resolver(RdfFileParser.NO_BASE)
                    .checking(true)
                    .errorHandler(STRICT)
                    .parse(graph);
        } catch (RiotException e) {
            throw new MdkgException(ErrorKind.BAD_INPUT, "Parse error: " + e.getMessage() + "; nothing was changed");
        } catch (StackOverflowError e) {
            throw refused(TextFaults.deepestNesting(new String(body, StandardCharsets.UTF_8)));
        }
        return graph;
    }

    private static MdkgException refused(TextFaults.Fault fault) {
        return new MdkgException(
                ErrorKind.BAD_INPUT,
                "Parse error: [line: " + fault.line() + ", col: " + fault.column() + "] " + fault.message()
                        + "; nothing was changed");
    }

    /** The RDF syntax of a write body; 415 for anything but Turtle and N-Triples. */
    public static Lang langOf(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!ACCEPTED.contains(type)) {
            throw new MdkgException(
                    ErrorKind.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type " + (type.isEmpty() ? "(none)" : type)
                            + " is not accepted for writes; send text/turtle or application/n-triples");
        }
        return "text/turtle".equals(type) ? Lang.TURTLE : RDFLanguages.NTRIPLES;
    }

    public static Consumer<DatasetGraph> put(Node graph, Graph content) {
        return dsg -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        };
    }

    public static Consumer<DatasetGraph> post(Node graph, Graph content) {
        return dsg ->
                content.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    public static Consumer<DatasetGraph> delete(Node graph) {
        return dsg -> {
            if (!dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                throw new MdkgException(ErrorKind.NOT_FOUND, "no graph " + graph.getURI());
            }
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        };
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            error(message, line, col);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("[line: " + line + ", col: " + col + "] " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    };
}
