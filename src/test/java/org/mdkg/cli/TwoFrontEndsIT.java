package org.mdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mdkg.TestServers;
import org.mdkg.config.Settings;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.FusekiProcess;
import org.mdkg.store.SparqlStore;

/**
 * Two mdkg front-ends over one Fuseki started by the test: a write through one (validated, derived and recorded by
 * mdkg, sent as one update) is seen by the other at its next request, with a new ETag, since the version lives in
 * the store.
 */
class TwoFrontEndsIT {
    private static final String TOKEN = "remote-test-token-0123456789";
    private static final String ASK = "ASK { <https://w3id.org/mdkg/id/commitment/c01> "
            + "<http://www.w3.org/2000/01/rdf-schema#comment> \"Seen by the other front-end.\"@en }";

    private static FusekiProcess fuseki;
    private static MdkgServer writer;
    private static MdkgServer reader;

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start();
        Settings settings = TestServers.settings(Path.of("unused-db"))
                .store(fuseki.store())
                .writes(new WriteAccess(true, TOKEN, null, null))
                .build();
        writer = TestServers.start(settings, RemoteStores.open(settings));
        reader = TestServers.start(settings, SparqlStore.connect(fuseki.store()));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {writer, reader, fuseki}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_write_through_one_front_end_is_seen_by_the_other_at_its_next_request() {
        String etagBefore = etag(reader);
        assertTrue(sparql(reader, ASK).contains("false"));
        HttpResponse<String> written =
                RemoteStoreSuite.send(HttpRequest.newBuilder(URI.create(writer.baseUrl() + "/update"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:mdkg:graph:test/remote> { "
                                + "<https://w3id.org/mdkg/id/commitment/c01> "
                                + "<http://www.w3.org/2000/01/rdf-schema#comment> "
                                + "\"Seen by the other front-end.\"@en } }"))
                        .build());
        assertEquals(200, written.statusCode(), written.body());
        assertTrue(sparql(reader, ASK).contains("true"), "the reader sees the write");
        assertNotEquals(etagBefore, etag(reader), "the reader's ETag follows the store's version");
        String latest = RemoteStoreSuite.send(
                        HttpRequest.newBuilder(URI.create(reader.baseUrl() + "/api/changes?limit=1"))
                                .GET()
                                .build())
                .body();
        assertTrue(latest.contains("urn:mdkg:graph:test/remote") || latest.contains("+1"), latest);
    }

    @Test
    void a_write_the_gate_refuses_changes_nothing_in_the_store() {
        String before = etag(reader);
        HttpResponse<String> refused =
                RemoteStoreSuite.send(HttpRequest.newBuilder(URI.create(writer.baseUrl() + "/update"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "INSERT DATA { GRAPH <urn:mdkg:graph:meta> { <urn:x:a> <urn:x:b> <urn:x:c> } }"))
                        .build());
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.body());
        assertEquals(before, etag(reader));
    }

    private static String etag(MdkgServer server) {
        HttpResponse<String> r =
                RemoteStoreSuite.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/queries/processes"))
                        .GET()
                        .build());
        assertEquals(200, r.statusCode(), r.body());
        return r.headers().firstValue("ETag").orElseThrow();
    }

    private static String sparql(MdkgServer server, String query) {
        HttpResponse<String> r = RemoteStoreSuite.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
