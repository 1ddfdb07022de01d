package org.mdkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.mdkg.analysis.UnimplementedCommitments;
import org.mdkg.derive.Derivations;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryEvaluator;
import org.mdkg.query.QueryFileReader;
import org.mdkg.store.Store;

/**
 * Benchmark, not a test: builds a seeded synthetic graph of about 10^6 triples ({@link SyntheticGraph}) in a
 * fresh TDB2 store, derives the current status and evidence timing as a load would, then runs every analysis
 * query with typical parameters — 1 warm-up run, then 5 timed runs, each reading every value of every row — and prints a
 * Markdown table of the medians. Arguments: {@code [triples] [seed] [dbDir]}. With
 * {@code -Dmdkg.bench.reuse=true} a store in {@code dbDir} that already holds triples is not loaded again (the
 * derivations are always recomputed, so changed derivations are measured); {@code -Dmdkg.bench.only=a,b} runs
 * only the named analyses;
 * {@code -Dmdkg.bench.dump=DIR} also writes every answer as TSV into {@code DIR}. An analysis that {@code /api}
 * answers with a {@link QueryEvaluator} is measured (and dumped, as {@code *.api.tsv}) both ways.
 */
public final class AnalysisBenchmark {
    private static final int WARMUP = 1;
    private static final int RUNS = 5;
    private static final long TIMEOUT_SECONDS = 30;
    /** The analyses {@code /api} answers with a fast path instead of the query text, measured both ways. */
    private static final Map<String, QueryEvaluator> EVALUATORS =
            Map.of("unimplemented-commitments", new UnimplementedCommitments());

    /** One benchmarked call: a named query and its parameters. */
    record Case(String query, Map<String, List<String>> params) {
        String describe() {
            return params.isEmpty() ? "—" : params.toString().replaceAll("[{}]", "");
        }
    }

    private AnalysisBenchmark() {}

    public static void main(String[] args) throws Exception {
        long triples = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path db = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("mdkg-bench");
        boolean reuse = Boolean.getBoolean("mdkg.bench.reuse");
        String only = System.getProperty("mdkg.bench.only", "");
        try (Store store = Store.open(db)) {
            long t0 = System.nanoTime();
            long n = reuse
                    ? Txn.calculateRead(store.dataset(), () -> (long) store.dataset()
                            .getGraph(NodeFactory.createURI("urn:mdkg:graph:synthetic"))
                            .size())
                    : 0;
            if (n == 0) {
                n = load(store.dataset(), triples, seed);
            }
            long loaded = System.nanoTime();
            Txn.executeWrite(store.dataset(), () -> Derivations.standard().run(store.dataset()));
            long derived = System.nanoTime();
            System.out.printf(
                    "Synthetic graph: %,d triples (seed %d), loaded in %d ms, derivations in %d ms%n%n",
                    n, seed, ms(loaded - t0), ms(derived - loaded));
            System.out.println("| analysis | how | parameters | rows | median ms | min ms | max ms |");
            System.out.println("|---|---|---|---:|---:|---:|---:|");
            for (Case c : cases()) {
                if (!only.isBlank() && !Arrays.asList(only.split(",")).contains(c.query())) {
                    continue;
                }
                System.out.println(row(store.dataset(), c));
                if (!System.getProperty("mdkg.bench.dump", "").isBlank()) {
                    dump(store.dataset(), c, Path.of(System.getProperty("mdkg.bench.dump")));
                }
            }
        }
    }

    private static long load(DatasetGraph dsg, long triples, long seed) {
        Node graph = NodeFactory.createURI("urn:mdkg:graph:synthetic");
        long[] count = new long[1];
        Txn.executeWrite(dsg, () -> {
            StreamRDF sink = new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                }
            };
            count[0] = SyntheticGraph.generate(seed, SyntheticGraph.Shape.forTriples(triples), sink);
        });
        return count[0];
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("unimplemented-commitments", params("process", "rabat")));
        cases.add(new Case(
                "unimplemented-commitments", params("process", "rabat", "framework", "jvap", "today", "2026-01-01")));
        cases.add(new Case("unimplemented-commitments", params()));
        cases.add(new Case("commitment-lineage", params("commitment", "c100")));
        cases.add(new Case("status-as-of", params("date", "2015-01-01", "process", "rabat")));
        cases.add(new Case("scorecard-process", params()));
        cases.add(new Case("scorecard-framework", params()));
        cases.add(new Case("scorecard-actor", params("actor", "process/rabat")));
        cases.add(new Case("scorecard-actor", params()));
        cases.add(new Case("coverage-gcm", params()));
        cases.add(new Case("coverage-jvap", params()));
        cases.add(new Case("shared-members", params("process", "rabat", "process", "khartoum")));
        cases.add(new Case("route-countries", params("route", "r1")));
        cases.add(new Case("neighbours-of-neighbours", params("country", "C10")));
        cases.add(new Case("overlapping-initiatives", params("country", "C10")));
        cases.add(new Case("overlapping-initiatives", params()));
        cases.add(new Case("partnership-assessment", params("programme", "g10")));
        cases.add(new Case("partnership-assessment", params()));
        cases.add(new Case("gsp-completeness", params()));
        cases.add(new Case("stakeholders", params("theme", "labour-migration")));
        cases.add(new Case("stakeholders", params("country", "C10")));
        return cases;
    }

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return map;
    }

    private static String row(DatasetGraph dsg, Case c) {
        NamedQuery named = QueryFileReader.read(Path.of("queries", c.query() + ".rq"));
        Query query = named.bind(c.params());
        String text = timed(dsg, c, "query text", () -> count(dsg, query));
        QueryEvaluator evaluator = EVALUATORS.get(c.query());
        if (evaluator == null || !evaluator.evaluates(named)) {
            return text;
        }
        Map<String, List<Node>> typed = named.typedParams(c.params());
        String cold =
                timed(dsg, c, "/api fast path, first call", () -> count(evaluator.evaluate(dsg, null, named, typed)));
        String warm = timed(
                dsg,
                c,
                "/api fast path, data unchanged",
                () -> count(evaluator.evaluate(dsg, "unchanged", named, typed)));
        return text + "\n" + cold + "\n" + warm;
    }

    private static String timed(DatasetGraph dsg, Case c, String how, java.util.function.LongSupplier run) {
        long rows = 0;
        long[] times = new long[RUNS];
        try {
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t = System.nanoTime();
                rows = Txn.calculateRead(dsg, run::getAsLong);
                if (i >= WARMUP) {
                    times[i - WARMUP] = System.nanoTime() - t;
                }
            }
        } catch (RuntimeException e) {
            return "| " + c.query() + " | " + how + " | " + c.describe() + " | — | timeout or error: "
                    + e.getClass().getSimpleName() + " | | |";
        }
        Arrays.sort(times);
        return String.format(
                "| %s | %s | %s | %d | %d | %d | %d |",
                c.query(), how, c.describe(), rows, ms(times[RUNS / 2]), ms(times[0]), ms(times[RUNS - 1]));
    }

    private static long count(DatasetGraph dsg, Query query) {
        try (QueryExec exec = QueryExec.dataset(dsg)
                .query(query)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build()) {
            return count(exec.select());
        }
    }

    /** Reads every row and every value in it (values of the query engine's rows are decoded when read). */
    private static long count(RowSet rs) {
        long n = 0;
        while (rs.hasNext()) {
            rs.next().forEach((var, value) -> value.hashCode());
            n++;
        }
        return n;
    }

    /** Writes all rows of a case as TSV into {@code dir}, to compare the answers of two versions. */
    private static void dump(DatasetGraph dsg, Case c, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        NamedQuery named = QueryFileReader.read(Path.of("queries", c.query() + ".rq"));
        Query query = named.bind(c.params());
        String name = (c.query() + "_" + c.describe()).replaceAll("[^A-Za-z0-9_.-]", "_");
        writeTsv(
                dsg,
                dir.resolve(name + ".tsv"),
                () -> QueryExec.dataset(dsg).query(query).build().select());
        QueryEvaluator evaluator = EVALUATORS.get(c.query());
        if (evaluator != null) {
            Map<String, List<Node>> typed = named.typedParams(c.params());
            writeTsv(dsg, dir.resolve(name + ".api.tsv"), () -> evaluator.evaluate(dsg, null, named, typed));
        }
    }

    private static void writeTsv(DatasetGraph dsg, Path file, java.util.function.Supplier<RowSet> rows)
            throws java.io.IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(
                    dsg,
                    () -> org.apache.jena.query.ResultSetFormatter.outputAsTSV(
                            out, org.apache.jena.query.ResultSet.adapt(rows.get())));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
