package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdkg.api.ColumnType.Kind;
import org.mdkg.query.QueryLibrary;

/** The column types derived from the bundled queries against the bundled ontology and shapes. */
class ColumnTypesTest {
    static QueryLibrary library;
    static Ranges ranges;

    @BeforeAll
    static void load() throws IOException {
        library = QueryLibrary.load(Path.of("queries"));
        Graph ontology = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.walk(Path.of("ontology"))) {
            files.filter(f -> f.toString().endsWith(".ttl")).forEach(f -> RDFDataMgr.read(ontology, f.toString()));
        }
        ranges = Ranges.of(ontology);
    }

    private static Map<String, ColumnType> columns(String id) {
        return ColumnTypes.of(library.find(id).orElseThrow(), ranges);
    }

    @Test
    void a_due_date_is_a_date_in_both_commitment_queries() {
        assertEquals(
                Kind.DATE, columns("unimplemented-commitments").get("dueDate").kind());
        assertEquals(Kind.DATE, columns("commitments").get("date").kind());
        assertFalse(columns("unimplemented-commitments").get("dueDate").isList());
    }

    @Test
    void the_makers_of_an_unimplemented_commitment_are_a_list_of_references() {
        ColumnType madeBy = columns("unimplemented-commitments").get("madeBy");
        assertEquals(Kind.REFERENCE, madeBy.kind());
        assertTrue(madeBy.isList());
        assertEquals(" ", madeBy.separator());
    }

    @Test
    void a_count_is_a_required_integer_and_months_overdue_an_integer() {
        ColumnType count = columns("stakeholders").get("count");
        assertEquals(Kind.INTEGER, count.kind());
        assertTrue(count.isRequired());
        assertEquals(
                Kind.INTEGER,
                columns("unimplemented-commitments").get("monthsOverdue").kind());
        assertEquals(
                Kind.INTEGER,
                columns("unimplemented-commitments").get("evidenceCount").kind());
    }

    @Test
    void a_variable_with_a_label_column_is_a_reference_and_the_label_column_is_folded_into_it() {
        Map<String, ColumnType> c = columns("commitments");
        assertEquals(Kind.REFERENCE, c.get("process").kind());
        assertFalse(c.containsKey("processLabel"));
        assertEquals(Kind.REFERENCE, c.get("commitment").kind());
        assertTrue(c.get("commitment").isRequired());
        assertFalse(c.get("process").isRequired());
    }

    @Test
    void lists_that_join_iris_are_lists_of_references() {
        for (String[] c : new String[][] {
            {"neighbours-of-neighbours", "via"},
            {"neighbours-of-neighbours", "processes"},
            {"overlapping-initiatives", "firstFunders"},
            {"overlapping-initiatives", "sharedThemes"},
            {"shared-members", "processes"}
        }) {
            ColumnType type = columns(c[0]).get(c[1]);
            assertTrue(type.isList() && type.kind() == Kind.REFERENCE, c[0] + "." + c[1] + ": " + type);
        }
    }

    @Test
    void a_group_concat_of_names_is_a_list_of_text() {
        ColumnType items = columns("stakeholders").get("items");
        assertEquals(Kind.STRING, items.kind());
        assertTrue(items.isList());
        assertEquals("; ", items.separator());
    }

    @Test
    void every_bundled_query_has_a_type_for_every_column() {
        for (var q : library.all()) {
            Map<String, ColumnType> c = ColumnTypes.of(q, ranges);
            assertEquals(
                    q.query().getResultVars().stream()
                            .filter(v ->
                                    !ItemShaper.isLabelOfAnother(v, q.query().getResultVars()))
                            .toList(),
                    c.keySet().stream().toList(),
                    q.id());
        }
    }
}
