package org.mdkg.write;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mdkg.base.ClasspathResource;
import org.mdkg.load.RdfFileParser;
import org.mdkg.load.ShapeValidator;
import org.mdkg.vocab.Prefixes;

/**
 * The SHACL shapes the write gate checks against: the copy of {@code ontology/shapes.ttl} the build puts in the jar,
 * or the Turtle file an operator names with {@code MDKG_SHAPES}. Never the store's own shapes graph: what a store
 * holds must not decide whether the gate is on (a writer who could empty that graph switched the gate off).
 */
public final class GateShapes {
    /** Where the build puts the shipped shapes (see {@code pom.xml}). */
    static final String SHIPPED = "/org/mdkg/write/shapes.ttl";

    private GateShapes() {}

    /** The shapes shipped in the jar, parsed once. */
    public static ShapeValidator shipped() {
        return Shipped.VALIDATOR;
    }

    /** The operator's shapes file when {@code file} is set, else the shipped ones; a bad file is refused here. */
    public static ShapeValidator of(Path file) {
        if (file == null) {
            return shipped();
        }
        Graph shapes = GraphFactory.createDefaultGraph();
        RdfFileParser.parse(file, file.toString())
                .content()
                .getDefaultGraph()
                .find()
                .forEachRemaining(shapes::add);
        return validator(shapes);
    }

    private static ShapeValidator validator(Graph shapes) {
        shapes.getPrefixMapping().setNsPrefixes(Prefixes.map());
        return new ShapeValidator(shapes);
    }

    private static final class Shipped {
        static final ShapeValidator VALIDATOR = read();

        private static ShapeValidator read() {
            Graph shapes = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(ClasspathResource.bytes(GateShapes.class, SHIPPED)))
                    .lang(Lang.TURTLE)
                    .parse(shapes);
            return validator(shapes);
        }
    }
}
