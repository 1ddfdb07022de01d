package org.mdkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;
import org.mdkg.store.StoreCheck;
import org.mdkg.write.WriteFixtures;

/**
 * kill -9 of a child JVM running {@code mdkg compact} at seeded random moments while the new generation
 * ({@code Data-000N-tmp}) is being written: each time Jena removes the incomplete generation on opening, and the
 * store opens with every triple and passes {@code mdkg check}'s index and node checks; a last, unkilled compaction
 * finishes with one generation left.
 */
@Tag("reliability")
class CompactionCrashIT {
    static final int TRIPLES = 200_000;
    static final String BIG = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:mdkg:graph:test/big> { ?s ?p ?o } }";

    @TempDir
    Path tmp;

    static List<Path> generations(Path db) throws IOException {
        try (Stream<Path> dirs = Files.list(db)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("Data-"))
                    .sorted()
                    .toList();
        }
    }

    private Path bigStore() throws IOException {
        Path file = tmp.resolve("big.nt");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < TRIPLES; i++) {
                w.write("<https://ex/s" + i + "> <https://ex/p" + (i % 7) + "> \"value number " + i + "\" .\n");
            }
        }
        Path db = tmp.resolve("db").toAbsolutePath();
        try (Store store = Store.open(db)) {
            Loader loader = new Loader(store, Path.of("").toAbsolutePath(), Derivations.none());
            loader.load(List.of(file), "urn:mdkg:graph:test/big", LoadListener.SILENT);
        }
        return db;
    }

    @Test
    void kill_9_during_compaction_leaves_a_whole_store_with_every_triple() throws Exception {
        Path db = bigStore();
        Random random = new Random(20261201L);
        int killedMidway = 0;
        int finished = 0;
        for (int round = 0; round < 5; round++) {
            int before = generations(db).size();
            Process compact = CrashIT.mdkg(tmp, List.of(), "compact", "--db", db.toString());
            if (round < 4) {
                // wait for the new generation to appear, then kill at a random moment of its writing
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (generations(db).size() == before && compact.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(2_000));
                if (compact.isAlive()) {
                    compact.destroyForcibly().waitFor();
                    killedMidway++;
                }
            }
            assertTrue(compact.waitFor(600, TimeUnit.SECONDS), "compaction did not end");
            if (compact.exitValue() == 0) {
                finished++;
            }
            try (Store store = Store.open(db)) {
                assertEquals(TRIPLES, WriteFixtures.count(store, BIG), "round " + round);
                assertTrue(
                        generations(db).stream().noneMatch(p -> p.toString().endsWith("-tmp")),
                        "the incomplete generation is removed on opening: " + generations(db));
                StoreCheck.Report check = StoreCheck.run(store);
                assertTrue(check.ok(), "round " + round + ": " + check.problems());
            }
        }
        assertTrue(killedMidway >= 3, killedMidway + " kills landed while a new generation was being written");
        assertTrue(finished >= 1, "the unkilled round finishes");
        assertEquals(1, generations(db).size(), "the old generations are deleted: " + generations(db));
        System.out.printf("compaction: %d of 4 kills landed while the new generation was written%n", killedMidway);
    }
}
