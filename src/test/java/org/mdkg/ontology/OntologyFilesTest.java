package org.mdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.ontology.OntModelSpec;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdkg.load.ParsedFile;
import org.mdkg.load.RdfFileParser;
import org.mdkg.load.RdfFiles;

/** Every file of the ontology parses strictly, the shapes compile, and the ontology is consistent. */
class OntologyFilesTest {

    static Stream<Path> ontologyFiles() {
        return RdfFiles.expand(List.of(Path.of("ontology"))).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ontologyFiles")
    void file_parses_strictly(Path file) {
        ParsedFile parsed = RdfFileParser.parse(file, file.toString());
        assertTrue(parsed.size() > 0, file + " is empty");
    }

    @Test
    void shapes_compile_into_node_shapes() {
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        assertFalse(Shapes.parse(shapes).getTargetShapes().isEmpty());
    }

    @Test
    void ontology_and_vocabularies_are_consistent_under_an_owl_reasoner() {
        Model base = ModelFactory.createDefaultModel();
        RdfFiles.expand(List.of(Path.of("ontology"))).stream()
                .filter(p -> !p.getFileName().toString().equals("shapes.ttl"))
                .forEach(p -> RDFDataMgr.read(base, p.toString()));
        InfModel inf = ModelFactory.createInfModel(OntModelSpec.OWL_MEM_MICRO_RULE_INF.getReasoner(), base);
        ValidityReport report = inf.validate();
        StringBuilder problems = new StringBuilder();
        report.getReports().forEachRemaining(r -> problems.append(r).append('\n'));
        assertTrue(report.isValid(), problems.toString());
    }
}
