package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.csv.CsvText;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures.Run;

/**
 * CSV formula injection (OWASP): a cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return first) is written with a leading {@code '} by every CSV mdkg writes, and an
 * import refuses such a cell unless it is escaped that way (which reads back as the text itself).
 */
class CsvFormulaTest {
    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A1", "@SUM(1+1)", "-2+3", "\t=1", "\r=1");

    @TempDir
    Path tmp;

    @Test
    void every_formula_cell_is_written_with_a_leading_quote_and_numbers_are_left_alone() {
        for (String f : FORMULAS) {
            String line = CsvText.line(List.of(f));
            assertTrue(line.startsWith("'") || line.startsWith("\"'"), "escaped: " + line);
        }
        assertEquals("-12.5,+3,2021-02-15,plain\n", CsvText.line(List.of("-12.5", "+3", "2021-02-15", "plain")));
    }

    private Path commitmentsWith(String label) throws Exception {
        String template = Files.readString(WriteFixtures.file("ten-commitments.csv"));
        List<String> lines = template.lines().limit(2).toList();
        return Files.writeString(
                tmp.resolve("one.csv"),
                lines.get(0) + "\n"
                        + lines.get(1)
                                .replace(
                                        "Test commitment 1,",
                                        CsvText.line(List.of(label)).strip() + ",") + "\n");
    }

    @Test
    void an_import_refuses_an_unescaped_formula_and_names_its_row_and_column() throws Exception {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
        Path file = commitmentsWith("placeholder");
        Files.writeString(
                file, Files.readString(file).replace("placeholder", "\"=HYPERLINK(\"\"http://evil.example\"\")\""));
        Run r = WriteFixtures.mdkg("import", "--db", tmp.resolve("db").toString(), file.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("row 2, column label") && r.err().contains("formula"), r.err());
    }

    @Test
    void escaped_formula_text_imports_as_the_text_and_exports_escaped_again() throws Exception {
        WriteFixtures.storeWithContext(tmp.resolve("db")).close();
        Path file = commitmentsWith("=1+1 is not a formula here");
        String csv = Files.readString(file);
        assertTrue(csv.contains(",'=1+1 is not a formula here,"), csv);
        Run r = WriteFixtures.mdkg("import", "--db", tmp.resolve("db").toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        try (Store s = Store.open(tmp.resolve("db"))) {
            assertEquals(
                    1,
                    WriteFixtures.count(
                            s,
                            "SELECT (COUNT(*) AS ?n) { ?c <http://www.w3.org/2000/01/rdf-schema#label> "
                                    + "\"=1+1 is not a formula here\"@en }"));
        }
        Run out = WriteFixtures.mdkg("export-csv", "--db", tmp.resolve("db").toString(), "--kind", "commitments");
        assertTrue(out.out().contains(",'=1+1 is not a formula here,"), out.out());
        assertFalse(out.out().contains(",=1+1"), out.out());
    }
}
