package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST CSV of a list: one column per plain field, formula cells neutralised (OWASP CSV injection). */
class CsvTableTest {
    @Test
    void formula_cells_get_a_leading_quote_and_numbers_do_not() {
        String csv = CsvTable.of(List.of(
                        Map.of("label", "=HYPERLINK(\"http://evil.example\")"),
                        Map.of("label", "@SUM(1+1)"),
                        Map.of("label", "-3")))
                .text();
        assertEquals("label\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\"\r\n'@SUM(1+1)\r\n-3\r\n", csv);
    }
}
