package org.mdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

/** The command line as a user runs it, over a real TDB2 directory. */
class CliIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run mdkg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validate_on_broken_turtle_exits_2_naming_file_line_and_column() {
        Run r = mdkg("validate", Fixtures.path("load", "bad-unterminated.ttl").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad-unterminated.ttl:6:"), r.err());
    }

    @Test
    void validate_on_a_query_file_with_an_unsupported_grlc_decorator_exits_2_naming_file_line_and_column() {
        Run r = mdkg("validate", Fixtures.path("grlc", "bad-endpoint.rq").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("bad-endpoint.rq:2:4: grlc's 'endpoint' decorator"), r.err());
    }

    @Test
    void validate_on_the_bundled_queries_exits_0() throws Exception {
        Run r = mdkg("validate", "--no-shapes", "queries");
        assertEquals(0, r.code(), r.err());
        long count;
        try (var files = Files.list(Path.of("queries"))) {
            count = files.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertTrue(r.out().startsWith(count + " file(s) parsed without problems"), r.out());
    }

    @Test
    void validate_on_good_files_exits_0() {
        Run r = mdkg(
                "validate",
                "--no-shapes",
                Fixtures.path("load", "good-processes.ttl").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void failed_load_exits_2_and_leaves_the_store_exactly_as_it_was() throws Exception {
        String db = tmp.resolve("db").toString();
        assertEquals(
                0,
                mdkg(
                                "load",
                                "--db",
                                db,
                                Fixtures.path("load", "sourced-processes.ttl").toString())
                        .code());
        Path before = tmp.resolve("before.nq");
        Path after = tmp.resolve("after.nq");
        assertEquals(0, mdkg("export", "--db", db, "--out", before.toString()).code());
        Run failed = mdkg(
                "load",
                "--db",
                db,
                Fixtures.path("load", "good-assessments.ttl").toString(),
                Fixtures.path("load", "bad-unterminated.ttl").toString());
        assertEquals(2, failed.code());
        assertTrue(failed.err().contains("bad-unterminated.ttl:6:"), failed.err());
        assertEquals(0, mdkg("export", "--db", db, "--out", after.toString()).code());
        assertEquals(Files.readAllLines(before), Files.readAllLines(after));
    }

    @Test
    void load_prints_a_summary_and_query_reads_it_back_as_csv() {
        String db = tmp.resolve("db").toString();
        Run load = mdkg(
                "load",
                "--db",
                db,
                Fixtures.path("load", "sourced-processes.ttl").toString());
        assertTrue(load.out().contains("Loaded 10 triples from 1 files"), load.out());
        Run query = mdkg(
                "query",
                "--db",
                db,
                "--format",
                "csv",
                "--param",
                "label=Test process B",
                Fixtures.path("queries", "processes-by-label.rq").toString());
        assertEquals(0, query.code(), query.err());
        assertEquals(2, query.out().strip().split("\r?\n").length, query.out());
        assertTrue(query.out().contains("https://w3id.org/mdkg/id/process/test-b"), query.out());
    }

    @Test
    void bad_parameter_is_a_usage_error_naming_it() {
        Run r = mdkg(
                "query",
                "--db",
                tmp.resolve("db").toString(),
                "--param",
                "limit=ten",
                Fixtures.path("queries", "processes-by-label.rq").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("limit"), r.err());
    }

    @Test
    void a_plain_sparql_file_without_a_header_runs_as_it_is() throws Exception {
        String db = tmp.resolve("db").toString();
        assertEquals(
                0,
                mdkg(
                                "load",
                                "--db",
                                db,
                                Fixtures.path("load", "sourced-processes.ttl").toString())
                        .code());
        Path plain = tmp.resolve("count.rq");
        Files.writeString(
                plain,
                "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/mdkg/ontology#"
                        + "RegionalConsultativeProcess> }\n");
        Run r = mdkg("query", "--db", db, "--format", "csv", plain.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("n\n2", r.out().strip().replace("\r", ""));
        Files.writeString(plain, "SELECT * WHERE { ?s ?p }\n");
        Run bad = mdkg("query", "--db", db, plain.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("count.rq:1:"), bad.err());
    }

    @Test
    void a_named_query_with_a_fast_path_answers_as_its_text_does() {
        String db = tmp.resolve("db").toString();
        try (Store store = Store.open(Path.of(db))) {
            new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                    .load(List.of(Fixtures.path("analysis", "analysis.ttl")), null, LoadListener.SILENT);
        }
        Run named = mdkg(
                "query",
                "--db",
                db,
                "--format",
                "csv",
                "--param",
                "today=2026-01-01",
                "--name",
                "unimplemented-commitments");
        Run text = mdkg(
                "query",
                "--db",
                db,
                "--format",
                "csv",
                "--param",
                "today=2026-01-01",
                "queries/unimplemented-commitments.rq");
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().contains("/commitment/k1"), named.out());
        assertEquals(text.out(), named.out());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void serve_with_stop_when_ready_builds_the_store_answers_its_own_requests_and_stops() {
        Path db = tmp.resolve("served");
        Run run = mdkg("serve", "--port", "0", "--db", db.toString(), "--stop-when-ready");
        assertEquals(0, run.code(), run.err());
        for (String path : ServeCommand.READY_CHECKS) {
            assertTrue(run.out().contains("  GET " + path + " 200"), run.out());
        }
        assertTrue(run.out().contains("mdkg answered; stopping."), run.out());
        // stopped: the store is free again, and holds the bundled data
        try (Store store = Store.open(db)) {
            assertTrue(store.tripleCount() > 40_000, "triples: " + store.tripleCount());
        }
    }

    @Test
    void unknown_command_is_a_usage_error() {
        assertEquals(1, mdkg("frobnicate").code());
    }
}
