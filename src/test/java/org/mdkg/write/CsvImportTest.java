package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures.Run;

/** {@code mdkg import} and {@code mdkg export-csv} on a real TDB2 store holding the real shapes. */
class CsvImportTest {
    static final String COMMITMENTS = "PREFIX mdkg: <https://w3id.org/mdkg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a mdkg:Commitment }";
    static final String STATUSES = "PREFIX mdkg: <https://w3id.org/mdkg/ontology#> "
            + "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:derived> { ?c mdkg:currentStatus ?s } }";

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("db").toString();
    }

    private long importedQuads() {
        try (Store s = Store.open(tmp.resolve("db"))) {
            return WriteFixtures.count(s, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        }
    }

    private void prepare() {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
    }

    @Test
    void ten_commitments_and_their_assessments_import_in_one_command_and_get_a_current_status() {
        prepare();
        Run r = WriteFixtures.mdkg(
                "import",
                "--db",
                db(),
                WriteFixtures.file("ten-commitments.csv").toString(),
                WriteFixtures.file("ten-assessments.csv").toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("New commitment T07"), r.out());
        try (Store s = Store.open(tmp.resolve("db"))) {
            assertEquals(10, WriteFixtures.count(s, COMMITMENTS));
            assertEquals(10, WriteFixtures.count(s, STATUSES));
            assertEquals(1, ChangeLog.count(s.dataset()), "the import");
        }
    }

    @Test
    void a_write_that_changes_nothing_records_nothing_added_or_removed_even_in_derived_knowledge() {
        prepare();
        String commitments = WriteFixtures.file("ten-commitments.csv").toString();
        String assessments = WriteFixtures.file("ten-assessments.csv").toString();
        assertEquals(
                0,
                WriteFixtures.mdkg("import", "--db", db(), commitments, assessments)
                        .code());
        Run again = WriteFixtures.mdkg("import", "--db", db(), commitments, assessments);
        assertTrue(again.out().contains("Imported: 0 triples added, 0 removed"), again.out());
    }

    @Test
    void csv_to_graph_to_csv_round_trip_is_lossless() throws Exception {
        prepare();
        Path commitments = WriteFixtures.file("ten-commitments.csv");
        Path assessments = WriteFixtures.file("ten-assessments.csv");
        assertEquals(
                0,
                WriteFixtures.mdkg("import", "--db", db(), commitments.toString(), assessments.toString())
                        .code());
        Run c = WriteFixtures.mdkg("export-csv", "--db", db(), "--kind", "commitments");
        Run a = WriteFixtures.mdkg("export-csv", "--db", db(), "--kind", "assessments");
        assertEquals(Files.readString(commitments), c.out());
        assertEquals(Files.readString(assessments), a.out());
    }

    @Test
    void importing_the_same_tables_again_changes_nothing_and_a_corrected_row_replaces_the_old_one() throws Exception {
        prepare();
        Path commitments = WriteFixtures.file("ten-commitments.csv");
        assertEquals(
                0,
                WriteFixtures.mdkg("import", "--db", db(), commitments.toString())
                        .code());
        String before = importGraph();
        Run again = WriteFixtures.mdkg("import", "--db", db(), commitments.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(before, importGraph());
        Path corrected = tmp.resolve("corrected.csv");
        Files.writeString(
                corrected, Files.readString(commitments).replace("Test commitment 3,", "Corrected commitment 3,"));
        Run fix = WriteFixtures.mdkg("import", "--db", db(), corrected.toString());
        assertEquals(0, fix.code(), fix.err());
        try (Store s = Store.open(tmp.resolve("db"))) {
            assertEquals(
                    1,
                    WriteFixtures.count(
                            s,
                            "SELECT (COUNT(*) AS ?n) { "
                                    + "<https://w3id.org/mdkg/id/commitment/t03> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"));
        }
    }

    private String importGraph() {
        try (Store s = Store.open(tmp.resolve("db"))) {
            return String.join("\n", org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> {
                java.util.List<String> lines = new java.util.ArrayList<>();
                s.dataset()
                        .find(org.mdkg.csv.CsvKind.COMMITMENTS.graph(), null, null, null)
                        .forEachRemaining(q -> lines.add(q.toString()));
                lines.sort(null);
                return lines;
            }));
        }
    }

    @Test
    void an_unknown_slug_is_reported_with_row_and_column_and_nothing_changes() {
        prepare();
        long before = importedQuads();
        Run r = WriteFixtures.mdkg(
                "import",
                "--db",
                db(),
                WriteFixtures.file("bad-unknown-slug.csv").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("row 2, column stated_in: unknown stated in 'no-such-document'"), r.err());
        assertEquals(before, importedQuads());
    }

    @Test
    void every_bad_cell_is_reported_with_its_row_and_column() {
        prepare();
        Run r = WriteFixtures.mdkg(
                "import", "--db", db(), WriteFixtures.file("bad-cells.csv").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("row 2, column date: '31/03/2026' is not a date written YYYY-MM-DD"), r.err());
        assertTrue(r.err().contains("row 3, column source_url: is required"), r.err());
    }

    @Test
    void malformed_csv_files_are_refused_with_their_row() {
        prepare();
        long before = importedQuads();
        Run quote = WriteFixtures.mdkg(
                "import",
                "--db",
                db(),
                WriteFixtures.file("bad-unterminated.csv").toString());
        Run column = WriteFixtures.mdkg(
                "import",
                "--db",
                db(),
                WriteFixtures.file("bad-unknown-column.csv").toString());
        Run ragged = WriteFixtures.mdkg(
                "import", "--db", db(), WriteFixtures.file("bad-ragged.csv").toString());
        assertTrue(quote.err().contains("row 2: unterminated quoted field"), quote.err());
        assertTrue(column.err().contains("row 1, column colour: unknown column"), column.err());
        assertTrue(ragged.err().contains("row 2: has 3 cells; the header has 4"), ragged.err());
        assertEquals(java.util.List.of(2, 2, 2), java.util.List.of(quote.code(), column.code(), ragged.code()));
        assertEquals(before, importedQuads());
    }

    @Test
    void an_empty_file_is_refused() throws Exception {
        prepare();
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
        Run r = WriteFixtures.mdkg("import", "--db", db(), "--kind", "commitments", empty.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("row 1: the file is empty"), r.err());
    }

    @Test
    void every_template_is_recognised_from_its_header_and_has_an_example_row() throws Exception {
        for (String kind : new String[] {"commitments", "assessments", "evidence", "programmes", "memberships"}) {
            var table = org.mdkg.csv.CsvTable.read(Path.of("data", "templates", kind + ".csv"), null);
            assertEquals(kind, table.kind().id());
            assertEquals(1, table.rows().size(), kind);
            assertEquals(
                    table.kind().header(),
                    java.util.List.copyOf(table.rows().get(0).keySet()),
                    kind);
        }
    }
}
