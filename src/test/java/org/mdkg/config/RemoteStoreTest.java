package org.mdkg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mdkg.base.MdkgException;

class RemoteStoreTest {
    @Test
    void the_update_and_graph_store_urls_default_to_the_query_url() {
        RemoteStore s = RemoteStore.parse("sparql:http://h:3030/ds", Map.of());
        assertEquals("http://h:3030/ds", s.queryUrl());
        assertEquals("http://h:3030/ds", s.updateUrl());
        assertEquals("http://h:3030/ds", s.gspUrl());
        assertNull(s.user());
        assertEquals(RemoteStore.DEFAULT_READ_RETRIES, s.readRetries());
    }

    @Test
    void separate_endpoints_timeouts_and_credentials_are_read_from_the_spec_and_the_environment() {
        RemoteStore s = RemoteStore.parse(
                "sparql:https://h/sparql,update=https://h/update,gsp=https://h/graph",
                Map.of(
                        "MDKG_STORE_USER", "reader",
                        "MDKG_STORE_PASSWORD", "secret",
                        "MDKG_STORE_CONNECT_TIMEOUT_SECONDS", "2",
                        "MDKG_STORE_READ_RETRIES", "0"));
        assertEquals("https://h/update", s.updateUrl());
        assertEquals("https://h/graph", s.gspUrl());
        assertEquals("reader", s.user());
        assertEquals(Duration.ofSeconds(2), s.connectTimeout());
        assertEquals(0, s.readRetries());
        assertFalse(s.toString().contains("secret"), s.toString());
    }

    @Test
    void a_spec_that_is_not_a_sparql_store_or_has_an_unknown_part_is_refused_naming_the_setting() {
        MdkgException notSparql = assertThrows(MdkgException.class, () -> RemoteStore.parse("tdb:/x", Map.of()));
        assertTrue(notSparql.getMessage().contains("sparql:QUERY_URL"), notSparql.getMessage());
        MdkgException unknown =
                assertThrows(MdkgException.class, () -> RemoteStore.parse("sparql:http://h/ds,user=me", Map.of()));
        assertTrue(unknown.getMessage().contains("user=me"), unknown.getMessage());
        assertThrows(MdkgException.class, () -> RemoteStore.parse("sparql:ftp://h/ds", Map.of()));
    }

    @Test
    void a_user_without_a_password_is_refused() {
        assertThrows(
                MdkgException.class,
                () -> RemoteStore.parse("sparql:http://h/ds", Map.of("MDKG_STORE_USER", "reader")));
    }

    @Test
    void the_environment_names_the_remote_store_in_the_settings() {
        Settings s = Settings.fromEnvironment(Map.of("MDKG_STORE", "sparql:http://h/ds"))
                .build();
        assertEquals("http://h/ds", s.store().queryUrl());
        assertNull(Settings.fromEnvironment(Map.of()).build().store());
    }
}
