package org.mdkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextFaultsTest {

    @Test
    void valid_utf8_including_a_bom_and_four_byte_characters_has_no_fault() {
        byte[] bytes = "\uFEFFex:s ex:p \"\uD83D\uDE00 é\" .\r\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(TextFaults.invalidUtf8(bytes).isEmpty());
    }

    @Test
    void an_encoded_surrogate_is_located_by_line_and_character_column() {
        byte[] head = "line one é\nab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 4];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xED;
        bytes[head.length + 1] = (byte) 0xA0;
        bytes[head.length + 2] = (byte) 0x80;
        bytes[head.length + 3] = 'c';
        TextFaults.Fault f = TextFaults.invalidUtf8(bytes).orElseThrow();
        assertEquals(2, f.line());
        assertEquals(3, f.column());
        assertTrue(f.message().startsWith("byte 0xED at offset " + head.length), f.message());
    }

    @Test
    void a_truncated_sequence_at_the_end_is_a_fault() {
        byte[] bytes = {'a', (byte) 0xC3};
        assertEquals(2, TextFaults.invalidUtf8(bytes).orElseThrow().column());
    }

    @Test
    void the_deepest_nesting_is_found_outside_strings_iris_and_comments() {
        String text =
                "# [[[[[[ not counted\n" + "ex:s ex:p \"(((((\" , <http://ex/[[[[> ;\n" + "  ex:q [ ex:r ( ( 1 ) ) ] .";
        TextFaults.Fault f = TextFaults.deepestNesting(text);
        assertEquals(3, f.line());
        assertEquals(17, f.column(), "the third opening bracket, '(' before 1");
        assertTrue(f.message().contains("nested 3 deep"), f.message());
    }

    @Test
    void a_less_than_operator_is_not_taken_for_an_iri() {
        TextFaults.Fault f = TextFaults.deepestNesting("FILTER(?a < 3 && (?b > 2))");
        assertTrue(f.message().contains("nested 2 deep"), f.message());
        assertEquals(18, f.column());
    }
}
