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
    /** The change log: one record per committed write. */
    public static final Node CHANGES = NodeFactory.createURI(PREFIX + "changes");
    /** The query texts shared with {@code POST /q}, kept for their {@code /q/<id>} links (not data: no version bump). */
    public static final Node SHARED_QUERIES = NodeFactory.createURI(PREFIX + "shared-queries");
    /** The start of the names of the graphs loaded from {@code ontology/}: the ontology, vocabularies and shapes. */
    public static final String ONTOLOGY_PREFIX = PREFIX + "ontology/";
    /** The SHACL shapes as loaded from {@code ontology/shapes.ttl} (the gate itself uses the jar's copy). */
    public static final Node SHAPES = NodeFactory.createURI(ONTOLOGY_PREFIX + "shapes.ttl");
    /** The graphs only mdkg writes: the change log, the load records, the derived graph and the shared queries. */
    public static final java.util.Set<Node> SYSTEM = java.util.Set.of(CHANGES, META, DERIVED, SHARED_QUERIES);

    private GraphNames() {}

    /** Whether {@code graph} was loaded from {@code ontology/} (its name starts with {@link #ONTOLOGY_PREFIX}). */
    public static boolean isOntology(Node graph) {
        return graph != null && graph.isURI() && graph.getURI().startsWith(ONTOLOGY_PREFIX);
    }

    /** The graph a file loads into: {@code urn:mdkg:graph:} and its {@link #sourceName}. */
    public static Node forFile(Path file, Path base) {
        return NodeFactory.createURI(PREFIX + sourceName(file, base));
    }

    /**
     * How a loaded file is named in graph names and load records: its path relative to {@code base} with '/'
     * separators, or, for a file outside {@code base}, its file name alone — never an absolute path, which would
     * tell every reader of the data where the operator keeps files.
     */
    public static String sourceName(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path baseAbs = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseAbs) ? baseAbs.relativize(abs) : abs.getFileName();
        return displayPath(shown);
    }

    /** A path written with forward slashes, as it appears in graph names and reports. */
    public static String displayPath(Path path) {
        return path.toString().replace('\\', '/');
    }
}
