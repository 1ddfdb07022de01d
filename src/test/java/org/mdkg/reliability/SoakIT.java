package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak: {@code mdkg serve} in a child JVM over the bundled data, as an operator runs it (default limits, writes
 * on), driven by a Java load generator — four readers (SPARQL, REST lists and search, pages, health; parameters
 * varied so the response cache does not answer everything) paced under the per-client rate limit, and one writer
 * replacing one of 20 graphs or inserting and deleting through {@code /update}, one write after another. It runs
 * {@code -Dmdkg.soak.minutes} (or {@code MDKG_SOAK_MINUTES}; default 30) minutes and asserts zero errors (every
 * read 200, every write 2xx), a flat heap (live objects after a full GC, {@code jcmd GC.class_histogram}) and flat
 * anonymous RSS (the heap pre-touched):
 * the median of the last tenth of the run at most 25 % plus 16 MB (heap) or 10 % plus 32 MB (RSS) above the median
 * of the tenth that follows the warm-up tenth. The mapped store files (RssFile) grow with the store on disk and are
 * reported, not asserted. Latency percentiles are printed and written to {@code target/soak-report.txt}.
 * {@code -Dmdkg.soak.launcher="env LD_PRELOAD=… MALLOC_CONF=…"} puts a command before the server's {@code java}
 * (an allocator or a native-memory profiler; the server must be the launcher's process or one of its children).
 */
@Tag("reliability")
class SoakIT {
    static final String TOKEN = "soak-token-0123456789abcdef";
    static final int READERS = 4;
    static final int GRAPHS = 20;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> WORDS = List.of(
            "niger",
            "rabat",
            "khartoum",
            "return",
            "migration",
            "border",
            "valletta",
            "mali",
            "smuggling",
            "remittances",
            "senegal",
            "labour",
            "prague",
            "budapest",
            "trafficking",
            "asylum");

    @TempDir
    Path tmp;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    final AtomicLong requests = new AtomicLong();

    /** An online compaction every this many writes ({@code -Dmdkg.soak.compactEvery}; default 40, 0: none). */
    static final int COMPACT_EVERY = Integer.parseInt(System.getProperty("mdkg.soak.compactEvery", "40"));

    /** Entries of each TDB2 node cache of the soak's server ({@code MDKG_NODE_CACHE}): fewer than the store's nodes. */
    static final int NODE_CACHE = 20_000;

    static double minutes() {
        String v = System.getProperty("mdkg.soak.minutes", System.getenv("MDKG_SOAK_MINUTES"));
        return v == null || v.isBlank() ? 30 : Double.parseDouble(v.trim());
    }

    /** One memory sample of the server: heap used after a full GC, anonymous and file-backed RSS, in KB. */
    record Sample(long atMillis, long heapKb, long rssAnonKb, long rssFileKb) {}

    @Test
    void mixed_reads_and_writes_for_the_configured_time_give_zero_errors_and_flat_heap_and_rss() throws Exception {
        double minutes = minutes();
        long durationMillis = (long) (minutes * 60_000);
        Path log = tmp.resolve("serve.log");
        Process serve = startServer(log);
        try {
            String base = awaitBaseUrl(serve, log);
            long pid = serve.descendants()
                    .filter(h -> h.info().command().orElse("").endsWith("/java"))
                    .mapToLong(ProcessHandle::pid)
                    .findFirst()
                    .orElse(serve.pid());
            List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
            long start = System.currentTimeMillis();
            long end = start + durationMillis;
            List<Thread> threads = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                long seed = 1000 + r;
                threads.add(Thread.ofPlatform().name("soak-reader-" + r).start(() -> reader(base, end, seed)));
            }
            threads.add(Thread.ofPlatform().name("soak-writer").start(() -> writer(base, end)));
            long sampleEvery = Math.max(2_000, durationMillis / 60);
            String jcmd =
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            boolean baseline = false;
            while (System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(sampleEvery, Math.max(1, end - System.currentTimeMillis())));
                samples.add(sample(pid, System.currentTimeMillis() - start));
                if (!baseline && System.currentTimeMillis() - start > durationMillis / 5) {
                    run(jcmd, Long.toString(pid), "VM.native_memory", "baseline");
                    baseline = true;
                }
            }
            String nativeGrowth = run(jcmd, Long.toString(pid), "VM.native_memory", "summary.diff", "scale=MB");
            // how much of the anonymous RSS is memory the C allocator keeps after it was freed, not live memory
            long rssBeforeTrim = sample(pid, 0).rssAnonKb();
            run(jcmd, Long.toString(pid), "System.trim_native_heap");
            nativeGrowth += String.format(
                    Locale.ROOT,
                    "anonymous RSS %d MB before System.trim_native_heap, %d MB after%n",
                    rssBeforeTrim / 1024,
                    sample(pid, 0).rssAnonKb() / 1024);
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(2));
            }
            assertTrue(serve.isAlive(), "the server died:\n" + tail(log));
            for (int g = 0; g < GRAPHS; g++) {
                // each soak graph holds exactly the triples of its last replacement
                long n = count(base, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:soak/" + g + "> { ?s ?p ?o } }");
                assertTrue(n == 0 || n == 50, "graph " + g + " holds " + n);
            }
            String report = report(minutes, samples) + "native memory since the first fifth (NMT):\n" + nativeGrowth;
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "soak-report.txt"), report);
            assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + errors.peek());
            assertFlat(samples);
        } finally {
            serve.descendants().forEach(ProcessHandle::destroy);
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
            Files.createDirectories(Path.of("target"));
            Files.copy(log, Path.of("target", "soak-serve.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Process startServer(Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        String launcher = System.getProperty("mdkg.soak.launcher", "");
        if (!launcher.isBlank()) {
            cmd.addAll(List.of(launcher.trim().split("\\s+")));
        }
        cmd.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms384m",
                "-Xmx384m",
                // the whole heap resident from the start, so anonymous RSS measures growth, not first touches
                "-XX:+AlwaysPreTouch",
                // where native memory goes: a baseline after the warm-up, the difference at the end, in the report
                "-XX:NativeMemoryTracking=summary"));
        String extra = System.getProperty("mdkg.soak.jvmArgs", "");
        if (!extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.mdkg.cli.Main",
                "serve",
                "--db",
                tmp.resolve("db").toString(),
                "--port",
                "0"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("MDKG_WRITES", "on");
        // TDB2's node caches are bounded by a count of entries (1,000,000 and 200,000 by default), far more than the
        // bundled store's nodes: every write adds nodes (its values, its change record), the reads' scans bring them
        // into the caches, and so the heap grows for hours before the caches are full. Caches smaller than the
        // store fill during the warm-up, so that what grows after it is a leak, not a cache filling up (at most
        // the shift of the full caches towards the log's patch parts, each up to 1 KB: ~20 MB at worst).
        pb.environment().put("MDKG_NODE_CACHE", Integer.toString(NODE_CACHE));
        pb.environment().put("MDKG_WRITE_TOKEN", TOKEN);
        return pb.start();
    }

    private static String awaitBaseUrl(Process serve, Path log) throws Exception {
        Pattern url = Pattern.compile("(?m)^  SPARQL\\s+(http://\\S+)/sparql");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && serve.isAlive()) {
            Matcher m = url.matcher(Files.readString(log));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4_000));
    }

    private void reader(String base, long end, long seed) {
        Random random = new Random(seed);
        while (System.currentTimeMillis() < end) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            String path = switch (random.nextInt(8)) {
                case 0 -> "/api/health";
                case 1 -> "/api/commitments?limit=20&offset=" + random.nextInt(120);
                case 2 -> "/api/search?q=" + word;
                case 3 ->
                    "/sparql?query="
                            + encode("SELECT ?s ?o { GRAPH ?g { ?s <http://www.w3.org/2000/01/"
                                    + "rdf-schema#label> ?o } } LIMIT " + (1 + random.nextInt(300)));
                case 4 ->
                    "/sparql?query="
                            + encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o "
                                    + "FILTER(CONTAINS(LCASE(STR(?o)), \"" + word + "\")) } }");
                case 5 -> "/id/process/rabat";
                case 6 -> "/search?q=" + word;
                default -> "/api/graphs";
            };
            send("read " + path.replaceAll("[?].*", ""), HttpRequest.newBuilder(URI.create(base + path)), 200);
            pause(50);
        }
    }

    private void writer(String base, long end) {
        Random random = new Random(7);
        int i = 0;
        while (System.currentTimeMillis() < end) {
            int g = i % GRAPHS;
            if (i % 3 == 2) {
                String update = "DELETE WHERE { GRAPH <urn:mdkg:graph:soak/extra> { ?s ?p ?o } } ; "
                        + "INSERT DATA { GRAPH <urn:mdkg:graph:soak/extra> { <https://example.org/soak/extra> "
                        + "<https://example.org/soak/p> \"" + i + "\" } }";
                send(
                        "write /update",
                        HttpRequest.newBuilder(URI.create(base + "/update"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/sparql-update")
                                .POST(HttpRequest.BodyPublishers.ofString(update)),
                        0);
            } else {
                StringBuilder body = new StringBuilder();
                for (int k = 0; k < 50; k++) {
                    body.append("<https://example.org/soak/")
                            .append(g)
                            .append('/')
                            .append(k)
                            .append("> <https://example.org/soak/p> \"write ")
                            .append(i)
                            .append(' ')
                            .append(random.nextInt())
                            .append("\" .\n");
                }
                send(
                        "write PUT /data",
                        HttpRequest.newBuilder(URI.create(base + "/data?graph=" + encode("urn:mdkg:graph:soak/" + g)))
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "application/n-triples")
                                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())),
                        0);
            }
            i++;
            if (COMPACT_EVERY > 0 && i % COMPACT_EVERY == 0) {
                // an operator's routine: TDB2 never reuses the space of replaced data, so compact online now and then
                send(
                        "write POST /compact",
                        HttpRequest.newBuilder(URI.create(base + "/compact"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.noBody()),
                        200);
            }
            pause(500);
        }
    }

    /** Sends, timing it; {@code expected} 0 means any 2xx. */
    private void send(String kind, HttpRequest.Builder request, int expected) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r =
                    http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            boolean ok = expected == 0 ? r.statusCode() / 100 == 2 : r.statusCode() == expected;
            if (!ok) {
                errors.add(kind + ": " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
            latencies
                    .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(took);
            requests.incrementAndGet();
        } catch (IOException | InterruptedException e) {
            errors.add(kind + ": " + e);
        }
    }

    private long count(String base, String query) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + encode(query)))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    private static Sample sample(long pid, long at) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        // the class histogram counts live objects only, after a full GC: the live heap at that moment
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)")
                .matcher(run(jcmd, Long.toString(pid), "GC.class_histogram"));
        long heap = total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
        String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        return new Sample(at, heap, field(status, "RssAnon"), field(status, "RssFile"));
    }

    private static long field(String status, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Medians of the tenth after warm-up and of the last tenth. */
    private static long[][] windows(List<Sample> samples) {
        int n = samples.size();
        int w = Math.max(1, n / 10);
        List<Sample> first = samples.subList(Math.min(w, n - 1), Math.min(2 * w, n));
        List<Sample> last = samples.subList(n - w, n);
        return new long[][] {
            {median(first, Sample::heapKb), median(last, Sample::heapKb)},
            {median(first, Sample::rssAnonKb), median(last, Sample::rssAnonKb)},
            {median(first, Sample::rssFileKb), median(last, Sample::rssFileKb)}
        };
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> f) {
        long[] v = samples.stream().mapToLong(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static void assertFlat(List<Sample> samples) {
        assertTrue(samples.size() >= 10, "too few samples: " + samples.size());
        long[][] w = windows(samples);
        assertTrue(w[0][1] <= w[0][0] * 1.25 + 16 * 1024, "heap grew: " + w[0][0] + " KB → " + w[0][1] + " KB");
        // 10 % and 32 MB: with Jetty's direct buffers RSS rose 784 → 960 MB in 15 minutes and failed this
        assertTrue(w[1][1] <= w[1][0] * 1.10 + 32 * 1024, "RSS grew: " + w[1][0] + " KB → " + w[1][1] + " KB");
    }

    private String report(double minutes, List<Sample> samples) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "mdkg soak: %.1f minutes, %d requests, %d errors%n",
                minutes,
                requests.get(),
                errors.size()));
        b.append(String.format(
                Locale.ROOT, "%-24s %8s %9s %9s %9s %9s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        List<Long> all = new ArrayList<>();
        new java.util.TreeMap<>(latencies).forEach((kind, list) -> {
            List<Long> sorted;
            synchronized (list) {
                sorted = new ArrayList<>(list);
            }
            all.addAll(sorted);
            b.append(line(kind, sorted));
        });
        b.append(line("all", all));
        if (samples.size() >= 2) {
            long[][] w = windows(samples);
            b.append(String.format(
                    Locale.ROOT,
                    "heap used after GC: %d MB after warm-up, %d MB at the end%n",
                    w[0][0] / 1024,
                    w[0][1] / 1024));
            b.append(String.format(
                    Locale.ROOT,
                    "RSS anonymous: %d MB after warm-up, %d MB at the end%n",
                    w[1][0] / 1024,
                    w[1][1] / 1024));
            b.append(String.format(
                    Locale.ROOT,
                    "RSS file-backed (mapped store files): %d MB after warm-up, %d MB at the end%n",
                    w[2][0] / 1024,
                    w[2][1] / 1024));
        }
        b.append("samples (s, heap KB, RssAnon KB, RssFile KB):\n");
        for (Sample s : samples) {
            b.append(String.format(
                    Locale.ROOT, "  %d %d %d %d%n", s.atMillis() / 1000, s.heapKb(), s.rssAnonKb(), s.rssFileKb()));
        }
        errors.stream().limit(20).forEach(e -> b.append("error: ").append(e).append('\n'));
        return b.toString();
    }

    private static String line(String kind, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "";
        }
        Collections.sort(nanos);
        return String.format(
                Locale.ROOT,
                "%-24s %8d %9.1f %9.1f %9.1f %9.1f%n",
                kind,
                nanos.size(),
                pct(nanos, 0.50),
                pct(nanos, 0.95),
                pct(nanos, 0.99),
                nanos.getLast() / 1e6);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
