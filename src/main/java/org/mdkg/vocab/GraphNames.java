package org.mdkg.vocab;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Names of the named graphs: one per loaded file, plus the graphs mdkg writes itself. */
public final class GraphNames {
    public static final String PREFIX = "urn:mdkg:graph:";
    /** Describes each load: source path, SHA-256, triple count, time. */
    public static final Node META = NodeFactory.createURI(PREFIX + "meta");
    /** Knowledge derived from the data at load time (current status of commitments). */
    public static final Node DERIVED = NodeFactory.createURI(PREFIX + "derived");

    private GraphNames() {
    }

    /** The graph a file loads into: its path relative to {@code base} (or absolute if outside it), with '/' separators. */
    public static Node forFile(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path baseAbs = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseAbs) ? baseAbs.relativize(abs) : abs;
        return NodeFactory.createURI(PREFIX + displayPath(shown));
    }

    /** A path written with forward slashes, as it appears in graph names and reports. */
    public static String displayPath(Path path) {
        return path.toString().replace('\\', '/');
    }
}
