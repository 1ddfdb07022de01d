package org.mdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryLinkTest {
    @Test
    void the_id_is_the_base32_prefix_of_the_sha256_of_the_text() {
        // python3: base64.b32encode(hashlib.sha256(text.encode()).digest()).decode().lower()[:12]
        assertEquals("qifkupdolgaw", QueryLink.id("SELECT * { ?s ?p ?o }\n"));
        assertEquals("qgpkshwv6evt", QueryLink.id("ASK {}"));
        assertEquals("/q/qgpkshwv6evt", QueryLink.href("ASK {}"));
    }

    @Test
    void line_endings_do_not_change_the_id() {
        assertEquals(QueryLink.id("SELECT * { ?s ?p ?o }\n"), QueryLink.id("SELECT * { ?s ?p ?o }\r\n"));
        assertEquals(QueryLink.id("SELECT * { ?s ?p ?o }\n"), QueryLink.id("SELECT * { ?s ?p ?o }\r"));
    }

    @Test
    void only_twelve_base32_characters_are_an_id() {
        assertTrue(QueryLink.isId("qgpkshwv6evt"));
        assertFalse(QueryLink.isId("qgpkshwv6ev"));
        assertFalse(QueryLink.isId("QGPKSHWV6EVT"));
        assertFalse(QueryLink.isId("qgpkshwv6ev1"));
        assertFalse(QueryLink.isId("../../etc/pa"));
    }
}
