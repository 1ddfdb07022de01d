package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.TestServers;
import org.mdkg.config.WriteAccess;
import org.mdkg.server.MdkgServer;
import org.mdkg.store.Store;
import org.mdkg.write.WriteFixtures;

/**
 * A real disk-full condition: the store lives on a 64 MB tmpfs mounted for the test (the test needs root, as CI
 * runs; it fails saying so otherwise), a filler file takes the free space, and writes go on until the disk refuses
 * one. That write is a 507 problem, reads keep answering, every acknowledged write is there — after the space comes
 * back, and after the store is closed and opened again.
 */
@Tag("reliability")
class DiskFullIT {
    static final String TOKEN = "disk-full-token-0123456789";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed (the disk-full test mounts a small tmpfs and "
                    + "needs root, or CAP_SYS_ADMIN, as the CI container has): " + out);
        }
    }

    /** Fills the filesystem of {@code file} until it refuses, leaving no free block. */
    static void fill(Path file) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    static String graph(int i) {
        return "urn:mdkg:graph:test/fill-" + i;
    }

    static String body(int i) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 2_000; k++) {
            b.append("<https://example.org/fill/")
                    .append(i)
                    .append('/')
                    .append(k)
                    .append("> <https://example.org/p> \"")
                    .append(("write " + i + " triple " + k + " ").repeat(8))
                    .append("\" .\n");
        }
        return b.toString();
    }

    static HttpResponse<String> put(MdkgServer server, int i) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/data?graph="
                                + URLEncoder.encode(graph(i), StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/n-triples")
                        .PUT(HttpRequest.BodyPublishers.ofString(body(i)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long graphs(MdkgServer server) throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s <https://example.org/p> ?o } }";
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                server.baseUrl() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void a_write_that_fills_the_disk_is_a_507_problem_reads_go_on_and_no_acknowledged_write_is_lost() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", disk.toString());
        try {
            Path db = disk.resolve("db");
            List<Integer> acknowledged = new ArrayList<>();
            HttpResponse<String> refused = null;
            try (Store store = WriteFixtures.storeWithContext(db);
                    MdkgServer server = TestServers.start(
                            TestServers.settings(db).writes(new WriteAccess(true, TOKEN, null, null)), store)) {
                assertEquals(200, put(server, 0).statusCode());
                acknowledged.add(0);
                Path filler = disk.resolve("filler");
                fill(filler);
                for (int i = 1; i <= 200 && refused == null; i++) {
                    HttpResponse<String> r = put(server, i);
                    if (r.statusCode() == 200) {
                        acknowledged.add(i);
                    } else {
                        refused = r;
                    }
                }
                assertTrue(refused != null, "the disk never filled: " + acknowledged.size() + " writes");
                assertEquals(507, refused.statusCode(), refused.body());
                JsonNode problem = JSON.readTree(refused.body());
                assertEquals("Insufficient storage", problem.path("title").asText(), refused.body());
                assertEquals(acknowledged.size(), graphs(server), "reads answer while the disk is full");
                Files.delete(filler);
                int next = acknowledged.getLast() + 100;
                assertEquals(200, put(server, next).statusCode(), "with space again, writes go on");
                acknowledged.add(next);
                assertEquals(acknowledged.size(), graphs(server));
            }
            try (Store again = Store.open(db)) {
                assertEquals(
                        acknowledged.size(),
                        WriteFixtures.count(
                                again,
                                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s <https://example.org/p> ?o } }"));
                assertTrue(WriteFixtures.fullScan(again) > 0);
            }
        } finally {
            run("umount", "-l", disk.toString());
        }
    }
}
