package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;

/**
 * Cross-site request forgery on the write routes: a page on another site can post a form (or a text/plain body)
 * without a preflight, and a browser attaches Basic credentials it has cached; such writes are refused unless the
 * request proves it comes from this server's own origin, and a 401 never asks the browser for Basic credentials.
 */
class CrossSiteWritesIT {
    static final String TOKEN = "csrf-token-0123456789";
    static final String BASIC =
            "Basic " + Base64.getEncoder().encodeToString("curator:curator-pass".getBytes(StandardCharsets.UTF_8));
    static final String INSERT =
            "INSERT DATA { GRAPH <urn:mdkg:graph:test/csrf> { <https://ex/forged> <https://ex/p> 1 } }";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    static Store store;
    static MdkgServer server;

    @BeforeAll
    static void start() {
        store = WriteFixtures.storeWithContext(tmp.resolve("db"));
        server = TestServers.start(
                TestServers.settings(tmp.resolve("db")).writes(new WriteAccess(true, TOKEN, "curator", "curator-pass")),
                store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> post(String path, String auth, String type, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> form(Map<String, String> headers) throws Exception {
        return post(
                "/update",
                BASIC,
                "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8),
                headers);
    }

    static String own() {
        return server.baseUrl();
    }

    @Test
    void a_form_posted_from_another_site_with_cached_basic_credentials_commits_nothing() throws Exception {
        Fingerprint before = Fingerprint.of(store.dataset());
        assertEquals(403, form(Map.of("Origin", "http://evil.example")).statusCode());
        assertEquals(
                403,
                form(Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"))
                        .statusCode());
        assertEquals(403, form(Map.of("Sec-Fetch-Site", "same-site")).statusCode());
        assertEquals(403, form(Map.of("Origin", "null")).statusCode());
        HttpResponse<String> unproven = form(Map.of());
        assertEquals(403, unproven.statusCode(), "a form that does not say where it comes from");
        assertTrue(unproven.body().contains("application/sparql-update"), unproven.body());
        assertEquals(
                403,
                post(
                                "/data?graph=urn:mdkg:graph:test/csrf",
                                BASIC,
                                "text/plain",
                                "<https://ex/forged> <https://ex/p> 2 .",
                                Map.of("Origin", "http://evil.example"))
                        .statusCode(),
                "a text/plain body is as simple a request as a form");
        assertEquals(
                403,
                post(
                                "/update",
                                "Bearer " + TOKEN,
                                "application/sparql-update",
                                INSERT,
                                Map.of("Sec-Fetch-Site", "cross-site"))
                        .statusCode());
        assertEquals(before, Fingerprint.of(store.dataset()));
    }

    @Test
    void a_form_from_this_servers_own_origin_or_typed_by_the_user_is_accepted() throws Exception {
        assertEquals(200, form(Map.of("Origin", own())).statusCode());
        assertEquals(200, form(Map.of("Sec-Fetch-Site", "same-origin")).statusCode());
        assertEquals(200, form(Map.of("Sec-Fetch-Site", "none")).statusCode());
        assertEquals(
                200,
                post("/update", "Bearer " + TOKEN, "application/sparql-update", INSERT, Map.of())
                        .statusCode(),
                "a non-browser client with a bearer token needs no proof");
    }

    @Test
    void a_401_asks_for_a_bearer_token_and_never_for_basic_credentials() throws Exception {
        HttpResponse<String> r = post("/update", null, "application/sparql-update", INSERT, Map.of());
        assertEquals(401, r.statusCode());
        String challenge = r.headers().allValues("WWW-Authenticate").toString();
        assertTrue(challenge.contains("Bearer"), challenge);
        assertFalse(challenge.toLowerCase(java.util.Locale.ROOT).contains("basic"), challenge);
    }
}
