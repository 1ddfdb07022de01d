package org.mdkg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdkg.docs.CoverageReport;
import org.mdkg.load.RdfFileParser;
import org.mdkg.load.RdfFiles;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;

/** The bundled dataset parses strictly, conforms to the shapes, and its coverage report is current. */
class DatasetTest {

    static Stream<Path> dataFiles() {
        return RdfFiles.expand(List.of(Path.of("data"))).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFiles")
    void file_parses_strictly(Path file) {
        assertTrue(RdfFileParser.parse(file, file.toString()).size() > 0, file + " is empty");
    }

    @Test
    void the_whole_dataset_conforms_to_the_shapes_without_violations() {
        var store = BundledData.store();
        Graph union = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().find().forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        List<ShapeResult> results = new ShapeValidator(RDFDataMgr.loadGraph("ontology/shapes.ttl")).validate(union);
        List<ShapeResult> violations =
                results.stream().filter(ShapeResult::isViolation).toList();
        assertEquals(
                List.of(),
                violations,
                violations.stream().limit(30).map(ShapeResult::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void every_statement_of_the_data_is_traceable_to_a_source() {
        long[] statements = new CoverageReport(BundledData.store().dataset()).statements();
        assertEquals(statements[0], statements[1], "statements without a sourced subject");
    }

    @Test
    void the_committed_coverage_report_is_the_one_the_command_generates() throws IOException {
        String generated = new CoverageReport(BundledData.store().dataset()).markdown();
        assertEquals(
                generated,
                Files.readString(Path.of("docs", "data-coverage.md")),
                "regenerate with: java -jar target/mdkg.jar coverage --db <fresh db> --out docs/data-coverage.md");
    }
}
