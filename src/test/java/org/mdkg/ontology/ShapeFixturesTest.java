package org.mdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdkg.load.RdfFiles;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;

/**
 * Each shape has a good fixture that conforms (no finding at all) and bad fixtures that produce exactly
 * the one finding named on their {@code # expect: <path> <severity>} line. Fixtures are validated with the
 * controlled vocabularies loaded alongside.
 */
class ShapeFixturesTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "shapes");
    private static final ShapeValidator VALIDATOR = new ShapeValidator(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    static Stream<Path> good() throws IOException {
        return fixtures("good-");
    }

    static Stream<Path> bad() throws IOException {
        return fixtures("bad-");
    }

    private static Stream<Path> fixtures(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void good_fixture_conforms(Path fixture) {
        List<ShapeResult> results = validate(fixture);
        assertEquals(List.of(), results, describe(results));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void bad_fixture_produces_exactly_the_expected_finding(Path fixture) throws IOException {
        String expect = Files.readAllLines(fixture).stream()
                .filter(l -> l.startsWith("# expect:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fixture + " has no '# expect:' line"));
        String[] parts = expect.substring("# expect:".length()).trim().split("\\s+");
        List<ShapeResult> results = validate(fixture);
        assertEquals(1, results.size(), describe(results));
        ShapeResult r = results.get(0);
        assertEquals(parts[0], r.path(), "path of " + r);
        assertEquals(parts[1], r.severity(), "severity of " + r);
        assertEquals(false, r.message().isBlank(), "a message that names the property");
        assertEquals(false, r.focusNode().isBlank(), "the node at fault");
    }

    static Stream<Path> all() throws IOException {
        return Stream.concat(good(), bad());
    }

    /**
     * The check of given nodes (the write gate's) picks the shapes that may target each node itself; over every node
     * of a fixture it must find exactly what the check of the whole graph finds.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void the_check_of_every_node_finds_what_the_check_of_the_whole_graph_finds(Path fixture) {
        Graph data = data(fixture);
        Set<Node> nodes = new LinkedHashSet<>();
        data.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            if (!t.getObject().isLiteral()) {
                nodes.add(t.getObject());
            }
        });
        Set<ShapeResult> whole = new HashSet<>(VALIDATOR.validate(data));
        assertEquals(whole, new HashSet<>(VALIDATOR.validate(data, nodes)), describe(List.copyOf(whole)));
    }

    private static List<ShapeResult> validate(Path fixture) {
        return VALIDATOR.validate(data(fixture));
    }

    private static Graph data(Path fixture) {
        Graph data = GraphFactory.createDefaultGraph();
        RdfFiles.expand(List.of(Path.of("ontology", "vocab"))).forEach(f -> RDFDataMgr.read(data, f.toString()));
        RDFDataMgr.read(data, fixture.toString());
        return data;
    }

    private static String describe(List<ShapeResult> results) {
        return results.stream().map(ShapeResult::toString).collect(Collectors.joining("\n"));
    }
}
