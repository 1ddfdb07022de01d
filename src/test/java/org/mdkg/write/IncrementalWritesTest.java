package org.mdkg.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.derive.Derivations;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.load.ShapeResult;
import org.mdkg.load.ShapeValidator;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;
import org.mdkg.vocab.Prefixes;

/**
 * The differential test of the write path: random sequences of writes shaped like the bundled data (new, removed
 * and edited assessments, commitments, memberships, programmes and alignments, links moved between nodes) are
 * committed incrementally on the bundled data, and after each one the store is compared with a full recomputation
 * on a copy of its curated data: the derived graph equal quad for quad, the SHACL report equal, and a write refused
 * exactly when the full gate (every violation before and after) would refuse it, with the same violations — a
 * refused write leaving every quad, change log included, as it was. The seed of a failing sequence is in the
 * message; {@code -Dmdkg.diff.seed=N -Dmdkg.diff.writes=M} replays or lengthens one.
 */
class IncrementalWritesTest {
    private static final int WRITES = Integer.getInteger("mdkg.diff.writes", 10);
    private static final ShapeValidator SHAPES = GateShapes.shipped();
    /** Kinds of node a write clones or deletes whole. */
    private static final List<String> NODE_CLASSES = List.of(
            "mdkg:Assessment", "mdkg:Commitment", "org:Membership", "mdkg:Programme", "mdkg:Project", "mdkg:Alignment");
    /** Links a write moves, copies or deletes. */
    private static final List<String> LINKS = List.of(
            "mdkg:assesses",
            "mdkg:alignedWith",
            "mdkg:partnerCountry",
            "dct:subject",
            "org:member",
            "org:organization",
            "mdkg:madeBy",
            "mdkg:evidence",
            "mdkg:partOf",
            "mdkg:statedIn",
            "mdkg:funder",
            "mdkg:implementer",
            "mdkg:ofDialogue",
            "dct:isPartOf",
            "mdkg:supersedes");
    /** Values a write replaces with another value the data uses. */
    private static final List<String> VALUES = List.of(
            "mdkg:status",
            "mdkg:assessmentDate",
            "mdkg:assessmentKind",
            "mdkg:startDate",
            "mdkg:endDate",
            "mdkg:lifecycle",
            "dct:date",
            "mdkg:dueDate",
            "org:role");

    @TempDir
    static Path tmp;

    private static Store store;

    @BeforeAll
    static void load() {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, Path.of("").toAbsolutePath(), Derivations.standard())
                .load(List.of(Path.of("ontology"), Path.of("data")), null, LoadListener.SILENT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void random_writes_leave_the_derived_graph_and_the_shacl_report_of_a_full_recomputation() {
        long seed = Long.getLong("mdkg.diff.seed", 20261201L);
        WriteService service = new WriteService(store, Derivations.standard());
        Set<ShapeResult> violations = ShapesCheck.violations(SHAPES, store.dataset());
        Random random = new Random(seed);
        int committed = 0;
        int refused = 0;
        for (int i = 0; i < WRITES; i++) {
            Change change = Txn.calculateRead(store.dataset(), () -> randomChange(random));
            String where = "seed " + seed + ", write " + i + " (" + change.description() + ")";
            long t0 = System.nanoTime();
            Copy full = Copy.of(store.dataset(), change);
            long t1 = System.nanoTime();
            List<String> expected = describe(ShapesCheck.introduced(violations, full.violations()));
            Fingerprint before = Fingerprint.of(store.dataset());
            try {
                service.commit(new Author("test"), "differential " + i, "", change::apply);
                System.out.println(where + ": full " + (t1 - t0) / 1_000_000 + " ms, incremental "
                        + (System.nanoTime() - t1) / 1_000_000 + " ms");
                committed++;
                assertEquals(List.of(), expected, where + ": committed, but a full check refuses it");
            } catch (MdkgException e) {
                if (e.kind() != ErrorKind.VIOLATION) {
                    throw new AssertionError(where, e);
                }
                refused++;
                assertEquals(
                        expected,
                        e.findings().stream()
                                .map(f -> f.fields().get("severity") + " "
                                        + f.fields().get("focusNode") + " "
                                        + f.fields().get("path") + " "
                                        + f.fields().get("message"))
                                .sorted()
                                .toList(),
                        where + ": refused with other violations than a full check finds");
                assertEquals(before, Fingerprint.of(store.dataset()), where + ": a refused write changed the store");
                continue;
            }
            Set<Quad> derived = derived(store.dataset());
            assertEquals(List.of(), difference(full.derived(), derived), where + ": derived graph, missing");
            assertEquals(List.of(), difference(derived, full.derived()), where + ": derived graph, extra");
            violations = ShapesCheck.violations(SHAPES, store.dataset());
            assertEquals(full.violations(), violations, where + ": SHACL report");
        }
        assertTrue(
                committed > 0 && refused > 0,
                "seed " + seed + ": " + committed + " committed, " + refused
                        + " refused; the sequence should exercise both");
    }

    /**
     * A theme given to a part of a programme, then taken away: each time the programme's indicator facts change (the
     * part's theme is read at the end of {@code mdkg:partOf}, not on the programme), and the incremental write must
     * leave what a full recomputation does.
     */
    @Test
    void a_theme_given_to_and_taken_from_a_part_of_a_programme_re_derives_the_programme_as_a_full_recomputation_does() {
        WriteService service = new WriteService(store, Derivations.standard());
        for (String name : List.of("legal-migration", "capacity-building", "return-readmission")) {
            Node theme = NodeFactory.createURI("https://w3id.org/mdkg/id/theme/" + name);
            Quad part = Txn.calculateRead(
                    store.dataset(),
                    () -> quads("mdkg:partOf").stream()
                            .filter(q -> !store.dataset().contains(Node.ANY, q.getSubject(), iri("dct:subject"), theme))
                            .findFirst()
                            .orElseThrow());
            Quad themed = new Quad(part.getGraph(), part.getSubject(), iri("dct:subject"), theme);
            String where = name + " on " + NodeFmtLib.strNT(part.getSubject());
            for (Change change : List.of(
                    new Change("give " + where, List.of(), List.of(themed)),
                    new Change("take " + where, List.of(themed), List.of()))) {
                List<String> changed = commitAsFullRecomputation(service, change);
                assertTrue(
                        changed.stream().anyMatch(t -> t.contains("#factText>")),
                        change.description() + ": a full recomputation should change an indicator fact");
            }
        }
    }

    /**
     * A commitment given a theme no other commitment of its dialogue has, then moved to another dialogue: the first
     * write gives the theme to every membership of the dialogue, the second takes it away from them and gives it to
     * those of the other. Each must leave what a full recomputation does.
     */
    @Test
    void a_commitment_with_a_theme_of_its_own_moved_to_another_dialogue_moves_the_theme_of_the_memberships() {
        WriteService service = new WriteService(store, Derivations.standard());
        List<Node> picked = Txn.calculateRead(store.dataset(), () -> {
            Node c = nodes("SELECT DISTINCT ?c { ?c a mdkg:Commitment ; mdkg:madeBy ?d ; mdkg:ofDialogue ?d ;"
                            + " mdkg:statedIn ?s . ?m org:organization ?d }")
                    .get(0);
            Node from = object(c, "mdkg:ofDialogue");
            Node to = nodes("SELECT DISTINCT ?d { ?m org:organization ?d . ?doc mdkg:ofDialogue ?d ."
                            + " ?doc a mdkg:OutcomeDocument }")
                    .stream()
                    .filter(d -> !d.equals(from))
                    .findFirst()
                    .orElseThrow();
            Node document = nodes("SELECT DISTINCT ?doc { ?doc mdkg:ofDialogue ?d ; a mdkg:OutcomeDocument }").stream()
                    .filter(doc -> store.dataset().contains(Node.ANY, doc, iri("mdkg:ofDialogue"), to))
                    .findFirst()
                    .orElseThrow();
            Node theme = nodes("SELECT DISTINCT ?t { ?t skos:inScheme <https://w3id.org/mdkg/id/theme> }").stream()
                    .filter(t -> !themesOf(from).contains(t) && !themesOf(to).contains(t))
                    .findFirst()
                    .orElseThrow();
            return List.of(c, from, to, document, theme, object(c, "mdkg:statedIn"));
        });
        Node c = picked.get(0);
        Node from = picked.get(1);
        Node to = picked.get(2);
        Node theme = picked.get(4);
        Node graph = Txn.calculateRead(
                store.dataset(),
                () -> store.dataset()
                        .find(Node.ANY, c, iri("mdkg:ofDialogue"), from)
                        .next()
                        .getGraph());
        List<Quad> dialogue = List.of(
                new Quad(graph, c, iri("mdkg:madeBy"), from),
                new Quad(graph, c, iri("mdkg:ofDialogue"), from),
                new Quad(graph, c, iri("mdkg:statedIn"), picked.get(5)));
        List<Quad> moved = List.of(
                new Quad(graph, c, iri("mdkg:madeBy"), to),
                new Quad(graph, c, iri("mdkg:ofDialogue"), to),
                new Quad(graph, c, iri("mdkg:statedIn"), picked.get(3)));
        String what = NodeFmtLib.strNT(c) + " with " + NodeFmtLib.strNT(theme);
        for (Change change : List.of(
                new Change("theme " + what, List.of(), List.of(new Quad(graph, c, iri("dct:subject"), theme))),
                new Change("move " + what + " to " + NodeFmtLib.strNT(to), dialogue, moved))) {
            List<String> changed = commitAsFullRecomputation(service, change);
            assertTrue(
                    changed.stream()
                                    .filter(t -> t.contains("#themeKey>") && t.endsWith(NodeFmtLib.strNT(theme)))
                                    .count()
                            > 1,
                    change.description() + ": a full recomputation should change the theme of memberships");
        }
    }

    /** A write: the quads it removes, then those it adds. */
    record Change(String description, List<Quad> removed, List<Quad> added) {
        void apply(DatasetGraph dsg) {
            removed.forEach(dsg::delete);
            added.forEach(dsg::add);
        }
    }

    /** The store's curated data with the change applied and every derivation recomputed, in memory. */
    record Copy(Set<Quad> derived, Set<ShapeResult> violations) {
        static Copy of(DatasetGraph source, Change change) {
            try (Store copy = Store.inMemory()) {
                DatasetGraph dsg = copy.dataset();
                Txn.executeWrite(dsg, () -> {
                    Txn.executeRead(
                            source,
                            () -> source.find().forEachRemaining(q -> {
                                if (!GraphNames.DERIVED.equals(q.getGraph())
                                        && !GraphNames.CHANGES.equals(q.getGraph())) {
                                    dsg.add(q);
                                }
                            }));
                    change.apply(dsg);
                    Derivations.standard().run(dsg);
                });
                return new Copy(IncrementalWritesTest.derived(dsg), ShapesCheck.violations(SHAPES, dsg));
            }
        }
    }

    private static Set<Quad> derived(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find(GraphNames.DERIVED, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    private static List<String> difference(Set<Quad> a, Set<Quad> b) {
        return a.stream()
                .filter(q -> !b.contains(q))
                .map(q -> NodeFmtLib.str(q.asTriple()))
                .sorted()
                .toList();
    }

    private static List<String> describe(List<ShapeResult> results) {
        return results.stream()
                .map(r -> r.severity() + " " + r.focusNode() + " " + r.path() + " " + r.message())
                .sorted()
                .toList();
    }

    private static Change randomChange(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> cloneNode(random);
            case 1 -> deleteNode(random);
            case 2 -> moveLink(random, true, true);
            case 3 -> moveLink(random, false, true);
            case 4 -> moveLink(random, true, false);
            default -> replaceValue(random);
        };
    }

    /** A copy of a node of the data under a new IRI, in the same graph, with one of its links pointed elsewhere. */
    private static Change cloneNode(Random random) {
        String cls = pick(random, NODE_CLASSES);
        Node node = pick(random, nodes("SELECT DISTINCT ?x { ?x a " + cls + " }"));
        Node copy = NodeFactory.createURI(node.getURI() + "-copy" + random.nextInt(1_000_000));
        List<Quad> added = new ArrayList<>();
        curated(node).forEach(q -> added.add(new Quad(q.getGraph(), copy, q.getPredicate(), q.getObject())));
        if (!added.isEmpty() && random.nextBoolean()) {
            Quad q = pick(random, added);
            List<Node> others = nodes("SELECT DISTINCT ?o { ?s " + NodeFmtLib.strNT(q.getPredicate()) + " ?o }");
            added.remove(q);
            added.add(new Quad(q.getGraph(), copy, q.getPredicate(), pick(random, others)));
        }
        return new Change("clone " + cls + " " + node.getURI(), List.of(), added);
    }

    /** Every curated statement about a node of the data, gone. */
    private static Change deleteNode(Random random) {
        String cls = pick(random, NODE_CLASSES);
        Node node = pick(random, nodes("SELECT DISTINCT ?x { ?x a " + cls + " }"));
        return new Change("delete " + cls + " " + node.getURI(), curated(node), List.of());
    }

    /** A link of the data removed from its subject, given to another subject that has such links, or both. */
    private static Change moveLink(Random random, boolean remove, boolean add) {
        String link = pick(random, LINKS);
        Quad q = pick(random, quads(link));
        List<Node> subjects = nodes("SELECT DISTINCT ?s { ?s " + link + " ?o }");
        Node other = pick(random, subjects);
        return new Change(
                (remove ? "remove " : "") + (add ? "give " : "") + NodeFmtLib.strNT(q.getSubject()) + " " + link + " "
                        + NodeFmtLib.strNT(q.getObject()) + (add ? " to " + other : ""),
                remove ? List.of(q) : List.of(),
                add ? List.of(new Quad(q.getGraph(), other, q.getPredicate(), q.getObject())) : List.of());
    }

    /** A value of the data replaced by another value the data uses for the same property. */
    private static Change replaceValue(Random random) {
        String property = pick(random, VALUES);
        Quad q = pick(random, quads(property));
        Node value = pick(random, nodes("SELECT DISTINCT ?o { ?s " + property + " ?o }"));
        return new Change(
                "set " + NodeFmtLib.strNT(q.getSubject()) + " " + property + " to " + NodeFmtLib.strNT(value),
                List.of(q),
                List.of(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), value)));
    }

    /**
     * Commits {@code change}, which must be accepted, and asserts that it leaves the derived graph a full recomputation
     * leaves; returns the derived triples the full recomputation changed.
     */
    private static List<String> commitAsFullRecomputation(WriteService service, Change change) {
        Set<Quad> before = derived(store.dataset());
        Copy full = Copy.of(store.dataset(), change);
        service.commit(new Author("test"), change.description(), "", change::apply);
        Set<Quad> derived = derived(store.dataset());
        assertEquals(List.of(), difference(full.derived(), derived), change.description() + ": missing");
        assertEquals(List.of(), difference(derived, full.derived()), change.description() + ": extra");
        List<String> changed = new ArrayList<>(difference(full.derived(), before));
        changed.addAll(difference(before, full.derived()));
        return changed;
    }

    /** The themes of the commitments of a dialogue. */
    private static Set<Node> themesOf(Node dialogue) {
        Set<Node> themes = new HashSet<>();
        store.dataset()
                .find(Node.ANY, Node.ANY, iri("mdkg:inDialogue"), dialogue)
                .forEachRemaining(q -> store.dataset()
                        .find(Node.ANY, q.getSubject(), iri("dct:subject"), Node.ANY)
                        .forEachRemaining(t -> themes.add(t.getObject())));
        return themes;
    }

    /** The one object of {@code node}'s {@code property}. */
    private static Node object(Node node, String property) {
        return store.dataset()
                .find(Node.ANY, node, iri(property), Node.ANY)
                .next()
                .getObject();
    }

    private static List<Quad> curated(Node node) {
        List<Quad> quads = new ArrayList<>();
        store.dataset().find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (isCurated(q.getGraph())) {
                quads.add(q);
            }
        });
        return quads;
    }

    private static List<Quad> quads(String property) {
        List<Quad> quads = new ArrayList<>();
        QueryExec.dataset(store.dataset())
                .query(Prefixes.sparql() + "SELECT ?g ?s ?o { GRAPH ?g { ?s " + property + " ?o } } ORDER BY ?g ?s ?o")
                .select()
                .forEachRemaining(b -> {
                    if (isCurated(b.get("g"))) {
                        quads.add(new Quad(b.get("g"), b.get("s"), iri(property), b.get("o")));
                    }
                });
        return quads;
    }

    private static List<Node> nodes(String query) {
        List<Node> nodes = new ArrayList<>();
        QueryExec.dataset(store.dataset())
                .query(Prefixes.sparql() + query.replace("}", "} ORDER BY ?" + var(query)))
                .select()
                .forEachRemaining(b -> nodes.add(b.get(var(query))));
        return nodes;
    }

    private static String var(String query) {
        return query.replaceAll("(?s)^SELECT DISTINCT \\?(\\w+).*", "$1");
    }

    private static Node iri(String prefixed) {
        return NodeFactory.createURI(Prefixes.mapping().expandPrefix(prefixed));
    }

    private static boolean isCurated(Node graph) {
        return !GraphNames.SYSTEM.contains(graph) && !GraphNames.isOntology(graph);
    }

    private static <T> T pick(Random random, List<T> items) {
        assertTrue(!items.isEmpty(), "nothing to pick from");
        return items.get(random.nextInt(items.size()));
    }
}
