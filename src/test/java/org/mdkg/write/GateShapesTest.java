package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.derive.Derivations;
import org.mdkg.load.InvalidInputException;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The SHACL gate uses the shapes shipped in the jar, or the operator's file, whatever the store holds. */
class GateShapesTest {
    @TempDir
    Path tmp;

    private static Store storeWithoutShapes() {
        Store store = Store.inMemory();
        new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                .load(List.of(WriteFixtures.file("context.ttl")), null, LoadListener.SILENT);
        return store;
    }

    private static ChangeRecord put(WriteService writes, String graph, Graph content) {
        return writes.commit(
                new Author("test"), "test", "", GraphStoreWrite.put(NodeFactory.createURI(graph), content));
    }

    @Test
    void a_store_without_a_shapes_graph_still_refuses_violations_with_the_shipped_shapes() {
        try (Store store = storeWithoutShapes()) {
            Graph violating = RDFParser.source(WriteFixtures.file("violating-assessment.ttl"))
                    .toGraph();
            MdkgException refused = assertThrows(
                    MdkgException.class,
                    () -> put(new WriteService(store, Derivations.standard()), "urn:mdkg:graph:test/v", violating));
            assertEquals(ErrorKind.VIOLATION, refused.kind());
        }
    }

    @Test
    void an_operators_shapes_file_replaces_the_shipped_shapes() throws Exception {
        Path shapes = Files.writeString(tmp.resolve("shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://ex/ThingShape> a sh:NodeShape ; sh:targetClass <https://ex/Thing> ;
                  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:severity sh:Violation ] .
                """);
        try (Store store = storeWithoutShapes()) {
            WriteService writes =
                    new WriteService(store, Derivations.standard(), GateShapes.of(shapes), SystemGraphGuard.standard());
            Graph unlabelled = RDFParser.fromString(
                            "<https://ex/t> a <https://ex/Thing> .", org.apache.jena.riot.Lang.TTL)
                    .toGraph();
            MdkgException refused =
                    assertThrows(MdkgException.class, () -> put(writes, "urn:mdkg:graph:test/t", unlabelled));
            assertTrue(refused.getMessage().contains("https://ex/t"), refused.getMessage());
            Graph violatingShipped = RDFParser.source(WriteFixtures.file("violating-assessment.ttl"))
                    .toGraph();
            assertDoesNotThrow(() -> put(writes, "urn:mdkg:graph:test/a", violatingShipped));
        }
    }

    @Test
    void a_broken_shapes_file_is_refused_with_its_place() throws Exception {
        Path shapes = Files.writeString(tmp.resolve("broken.ttl"), "<https://ex/a> <https://ex/b> \"open .\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GateShapes.of(shapes));
        assertTrue(e.getMessage().contains("broken.ttl:"), e.getMessage());
    }
}
