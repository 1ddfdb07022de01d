package org.mdkg.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.mdkg.vocab.Prefixes;

/**
 * The data coverage report ({@code docs/data-coverage.md}): per class, how many instances the curated
 * data has and what share links to a source; how many statements are traceable to a source; and the
 * known gaps (unverified facts, disputed facts, missing dates and assessments). Generated, never edited.
 */
public final class CoverageReport {
    private static final PrefixMapping NAMES = Prefixes.mapping();

    private static final String PREFIXES = Prefixes.sparql();
    /** Graphs of the curated data: everything loaded from {@code data/}. */
    private static final String DATA_GRAPH = "FILTER(STRSTARTS(STR(?g), \"urn:mdkg:graph:data/\"))";

    private final DatasetGraph dataset;

    public CoverageReport(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** One row of the per-class table. */
    public record ClassCoverage(String type, long instances, long sourced) {
        public double share() {
            return instances == 0 ? 1.0 : (double) sourced / instances;
        }
    }

    public List<ClassCoverage> classes() {
        List<ClassCoverage> rows = new ArrayList<>();
        for (Binding b : select("""
                SELECT ?type (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?sourced) AS ?k) {
                  GRAPH ?g { ?s a ?type } %s
                  OPTIONAL { { ?s prov:wasDerivedFrom ?src } UNION { ?s a mdkg:Source BIND(?s AS ?src) } BIND(?s AS ?sourced) }
                } GROUP BY ?type ORDER BY DESC(?n) ?type""".formatted(DATA_GRAPH))) {
            rows.add(new ClassCoverage(shortName(b.get("type")), number(b, "n"), number(b, "k")));
        }
        return rows;
    }

    /** Statements in data graphs, and those whose subject links to a source (or is one). */
    public long[] statements() {
        Binding b = select("""
                SELECT (COUNT(*) AS ?n) (SUM(?t) AS ?k) {
                  GRAPH ?g { ?s ?p ?o } %s
                  BIND(IF(EXISTS { ?s prov:wasDerivedFrom ?x } || EXISTS { ?s a mdkg:Source }
                          || (isBlank(?s) && EXISTS { ?root (!rdf:nil)+ ?s ; prov:wasDerivedFrom ?y }), 1, 0) AS ?t)
                }""".formatted(DATA_GRAPH)).get(0);
        return new long[] {number(b, "n"), number(b, "k")};
    }

    /** Named counts of what is known to be missing or uncertain. */
    public List<String[]> gaps() {
        List<String[]> gaps = new ArrayList<>();
        gaps.add(gap(
                "Nodes flagged `mdkg:unverified true`",
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s mdkg:unverified true }"));
        gaps.add(gap(
                "Disputed facts kept as `mdkg:Claim` readings",
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a mdkg:Claim }"));
        gaps.add(gap("Memberships without a start date", """
                SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a org:Membership FILTER NOT EXISTS { ?m mdkg:startDate ?d } }"""));
        gaps.add(gap("Commitments without any assessment", """
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a mdkg:Commitment FILTER NOT EXISTS { ?a mdkg:assesses ?c } }"""));
        gaps.add(gap("Commitments without a date", """
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a mdkg:Commitment FILTER NOT EXISTS { ?c dct:date ?d } }"""));
        gaps.add(gap("Commitments not aligned with any framework element", """
                SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a mdkg:Commitment FILTER NOT EXISTS { ?c mdkg:alignedWith ?e } }"""));
        gaps.add(gap("Meetings without an exact date", """
                SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a mdkg:Meeting FILTER NOT EXISTS { ?m dct:date ?d } }"""));
        gaps.add(gap(
                "Sources that are secondary copies", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s mdkg:secondary true }"));
        gaps.add(gap("Sources without a public address (`foaf:page`)", """
                SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a mdkg:Source FILTER NOT EXISTS { ?s foaf:page ?p } }"""));
        return gaps;
    }

    /** One figure of the track record: what it counts, and the SPARQL that counts it. */
    public record Figure(String label, String query) {}

    /** The figures behind the targets: assessments, their dates and kinds, the past statuses, alignment. */
    public static final List<Figure> TRACK_RECORD = List.of(
            new Figure("Commitments", "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a mdkg:Commitment }"),
            new Figure("Assessments", "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a mdkg:Assessment }"),
            new Figure("Commitments with one or more dated assessments", """
                    SELECT (COUNT(DISTINCT ?c) AS ?n) { ?a mdkg:assesses ?c ; mdkg:assessmentDate ?d }"""),
            new Figure("Commitments with two or more dated assessments", """
                    SELECT (COUNT(?c) AS ?n) { { SELECT ?c (COUNT(DISTINCT ?a) AS ?k)
                      { ?a mdkg:assesses ?c ; mdkg:assessmentDate ?d } GROUP BY ?c } FILTER(?k >= 2) }"""),
            new Figure("Commitments with two or more dated assessments other than a curator's desk review", """
                    SELECT (COUNT(?c) AS ?n) { { SELECT ?c (COUNT(DISTINCT ?a) AS ?k)
                      { ?a mdkg:assesses ?c ; mdkg:assessmentDate ?d
                        FILTER NOT EXISTS { ?a mdkg:assessmentKind kind:desk-review } } GROUP BY ?c } FILTER(?k >= 2) }"""),
            new Figure("Assessor kinds with 30 or more assessments", """
                    SELECT (COUNT(?kind) AS ?n) { { SELECT ?kind (COUNT(DISTINCT ?a) AS ?k)
                      { ?a mdkg:assessmentKind ?kind } GROUP BY ?kind } FILTER(?k >= 30) }"""),
            asOf("2018-12-31"),
            asOf("2022-12-31"),
            new Figure("Commitments aligned with a GCM objective, JVAP domain or SDG target", """
                    SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a mdkg:Commitment ; mdkg:alignedWith ?e }"""),
            new Figure("Alignments stated by a source", """
                    SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a mdkg:Alignment ; mdkg:alignmentBasis ?b
                      FILTER(STRENDS(STR(?b), "/stated")) }"""),
            new Figure("Alignments made by a curator (with a rationale)", """
                    SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a mdkg:Alignment ; mdkg:alignmentBasis ?b
                      FILTER(STRENDS(STR(?b), "/curator")) }"""));

    /** A kind of fact: its class, and the properties that date it and align it (null where not meaningful). */
    private record Kind(String label, String type, String dated, String aligned) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Commitments", "mdkg:Commitment", "mdkg:adoptionDate", "mdkg:alignedWith"),
            new Kind("Assessments", "mdkg:Assessment", "mdkg:assessmentDate", null),
            new Kind("Memberships, chairs and seats", "org:Membership", "mdkg:startDate", null),
            new Kind("Meetings", "mdkg:Meeting", "dct:date|mdkg:startDate", null),
            new Kind("Outcome documents", "mdkg:OutcomeDocument", "dct:date", "mdkg:alignedWith"),
            new Kind("Programmes, partnerships, projects and funds", "mdkg:Programme", "mdkg:startDate", null),
            new Kind("Sources (publication date)", "mdkg:Source", "dct:date", null));

    private String kindsTable() {
        StringBuilder md = new StringBuilder("## Per kind of fact\n\n")
                .append("| kind | instances | sourced | dated | aligned |\n|---|---:|---:|---:|---:|\n");
        for (Kind k : KINDS) {
            long n = number(
                    select("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + k.type() + " }")
                            .get(0),
                    "n");
            long sourced = number(
                    select("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + k.type()
                                    + " { ?x prov:wasDerivedFrom ?s } UNION { ?x a mdkg:Source } }")
                            .get(0),
                    "n");
            md.append("| ")
                    .append(k.label())
                    .append(" | ")
                    .append(n)
                    .append(" | ")
                    .append(percent(sourced, n))
                    .append(" | ")
                    .append(share(k.type(), k.dated(), n))
                    .append(" | ")
                    .append(share(k.type(), k.aligned(), n))
                    .append(" |\n");
        }
        return md.append("\n").toString();
    }

    private String share(String type, String property, long n) {
        if (property == null) {
            return "—";
        }
        long k = number(
                select("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + type + " ; " + property + " ?v }")
                        .get(0),
                "n");
        return percent(k, n);
    }

    /** Commitments adopted on or before {@code date} (by the derived adoption date) with an assessment by then. */
    private static Figure asOf(String date) {
        return new Figure(
                "Commitments adopted by " + date + " with a status on that date (of those adopted by then)",
                """
                SELECT (CONCAT(STR(COUNT(DISTINCT ?assessed)), " of ", STR(COUNT(DISTINCT ?c))) AS ?n) {
                  ?c a mdkg:Commitment ; mdkg:adoptionDate ?made FILTER(?made <= "%1$s"^^xsd:date)
                  OPTIONAL { ?a mdkg:assesses ?c ; mdkg:assessmentDate ?d FILTER(?d <= "%1$s"^^xsd:date) BIND(?c AS ?assessed) }
                }""".formatted(date));
    }

    /** Assessments per assessor kind, most first. */
    private List<String[]> kinds() {
        List<String[]> rows = new ArrayList<>();
        for (Binding b : select("""
                SELECT ?kind (COUNT(DISTINCT ?a) AS ?n) { ?a a mdkg:Assessment ; mdkg:assessmentKind ?kind }
                GROUP BY ?kind ORDER BY DESC(?n) ?kind""")) {
            rows.add(new String[] {
                NAMES.shortForm(b.get("kind").getURI()), b.get("n").getLiteralLexicalForm()
            });
        }
        return rows;
    }

    private String trackRecord() {
        StringBuilder md = new StringBuilder("## Track record\n\n| figure | count |\n|---|---:|\n");
        for (Figure f : TRACK_RECORD) {
            md.append("| ")
                    .append(f.label())
                    .append(" | ")
                    .append(value(f.query()))
                    .append(" |\n");
        }
        md.append("\nAssessments per assessor kind:\n\n| kind | assessments |\n|---|---:|\n");
        kinds().forEach(k ->
                md.append("| ").append(k[0]).append(" | ").append(k[1]).append(" |\n"));
        md.append("\nEach figure is counted by this SPARQL over the bundled data (prefixes as on `/sparql`):\n\n");
        for (Figure f : TRACK_RECORD) {
            md.append("- ")
                    .append(f.label())
                    .append(":\n\n  ```sparql\n  ")
                    .append(f.query().strip().replace("\n", "\n  "))
                    .append("\n  ```\n\n");
        }
        return md.toString();
    }

    private String value(String query) {
        Node n = select(query).get(0).get("n");
        return n == null ? "0" : n.getLiteralLexicalForm();
    }

    /** The whole report as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Data coverage\n\n")
                .append(
                        "Generated by `java -jar target/mdkg.jar coverage --out docs/data-coverage.md` from the bundled ")
                .append("`data/` (with `ontology/`); do not edit by hand. A node counts as sourced when it has ")
                .append(
                        "`prov:wasDerivedFrom` or is itself a `mdkg:Source` (provenance, not a claim); a statement counts as ")
                .append(
                        "traceable when its subject is sourced, or is a blank node inside the description of a sourced node.\n\n");
        long[] st = statements();
        md.append("## Statements\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d statements in data graphs; %d traceable to a source (%s).%n%n",
                        st[0],
                        st[1],
                        percent(st[1], st[0])));
        md.append("## Instances per class\n\n| class | instances | with a source | share |\n|---|---:|---:|---:|\n");
        for (ClassCoverage c : classes()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %s |%n",
                    c.type(),
                    c.instances(),
                    c.sourced(),
                    percent(c.sourced(), c.instances())));
        }
        md.append("\n").append(kindsTable()).append(trackRecord());
        md.append("## Known gaps\n\n| gap | count |\n|---|---:|\n");
        for (String[] g : gaps()) {
            md.append("| ").append(g[0]).append(" | ").append(g[1]).append(" |\n");
        }
        return md.toString();
    }

    private String[] gap(String label, String query) {
        return new String[] {label, Long.toString(number(select(query).get(0), "n"))};
    }

    private List<Binding> select(String query) {
        return Txn.calculateRead(dataset, () -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.dataset(dataset).query(PREFIXES + query).select().forEachRemaining(rows::add);
            return rows;
        });
    }

    private static long number(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String shortName(Node type) {
        String qname = NAMES.qnameFor(type.getURI());
        return qname != null ? qname : "<" + type.getURI() + ">";
    }
}
