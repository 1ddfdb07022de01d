package org.mdkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A seeded synthetic graph shaped like the curated data — countries with borders and regions, states,
 * organisations, sources, dialogues with memberships, meetings, documents with parts, frameworks with
 * elements, programmes, routes, commitments and their assessments — at any size, for benchmarks. The same
 * seed and size give the same triples. Dialogues keep the real slugs (rabat, khartoum, budapest, prague,
 * then p5, p6, …); countries are {@code country/C00}…; commitments {@code commitment/c1}…; programmes
 * {@code programme/g1}…; routes {@code route/r1}…
 *
 * <p>{@code main(out.nt [triples] [seed])} writes N-Triples.
 */
public final class SyntheticGraph {
    static final String NS = "https://w3id.org/mdkg/ontology#";
    static final String ID = "https://w3id.org/mdkg/id/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String[] ACTOR_TYPES = {
        "international-organisation",
        "civil-society-organisation",
        "diaspora-organisation",
        "employers-organisation",
        "trade-union",
        "subnational-authority",
        "migrants-organisation",
        "research-organisation",
        "private-company",
        "government-body"
    };
    private static final String[] ACTOR_CLASSES = {
        "InternationalOrganisation",
        "CivilSocietyOrganisation",
        "DiasporaOrganisation",
        "EmployersOrganisation",
        "TradeUnion",
        "SubnationalAuthority",
        "MigrantsOrganisation",
        "ResearchOrganisation",
        "PrivateCompany",
        "GovernmentBody"
    };
    private static final String[] THEMES = {
        "legal-migration",
        "labour-migration",
        "skills-partnerships",
        "student-mobility",
        "visa",
        "family-reunification",
        "irregular-migration",
        "smuggling",
        "trafficking",
        "return-readmission",
        "reintegration",
        "international-protection",
        "forced-displacement",
        "migration-development",
        "remittances",
        "diaspora",
        "root-causes",
        "border-management",
        "integration",
        "migrants-rights",
        "data-research",
        "climate-migration",
        "capacity-building",
        "partnership-cooperation"
    };
    private static final String[] STATUSES = {
        "no-evidence", "not-started", "limited", "substantial", "complete", "failed"
    };
    private static final String[] KINDS = {"independent", "civil-society", "self-report"};
    private static final String[] PROGRAMME_CLASSES = {
        "Programme", "Project", "Project", "Partnership", "TalentPartnership", "Fund"
    };
    private static final String[] PROCESS_SLUGS = {"rabat", "khartoum", "budapest", "prague"};

    /** How many of each kind; {@link #forTriples} scales them so the graph has about that many triples. */
    public record Shape(
            int countries,
            int organisations,
            int sources,
            int processes,
            int meetingsPerProcess,
            int programmes,
            int routes,
            int commitments) {
        public static Shape forTriples(long triples) {
            double f = triples / 1_000_000.0;
            return new Shape(250, (int) (2000 * f), (int) (5000 * f), 20, (int) (60 * f), (int) (3000 * f), 20, (int)
                    (38_000 * f));
        }
    }

    private final Random random;
    private final StreamRDF out;
    private final Shape shape;
    private final List<String> processes = new ArrayList<>();
    private final List<List<String>> documentsByProcess = new ArrayList<>();
    private final List<List<String>> datesByProcess = new ArrayList<>();
    private long count;

    private SyntheticGraph(long seed, Shape shape, StreamRDF out) {
        this.random = new Random(seed);
        this.shape = shape;
        this.out = out;
    }

    /** Emits the graph to {@code out} (start and finish are called); returns the number of triples. */
    public static long generate(long seed, Shape shape, StreamRDF out) {
        SyntheticGraph g = new SyntheticGraph(seed, shape, out);
        out.start();
        g.places();
        g.actors();
        g.frameworks();
        g.dialogues();
        g.programmes();
        g.routes();
        g.commitments();
        out.finish();
        return g.count;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "synthetic.nt");
        long triples = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        try (OutputStream os = Files.newOutputStream(file)) {
            long n = generate(seed, Shape.forTriples(triples), StreamRDFLib.writer(os));
            System.out.println(n + " triples written to " + file);
        }
    }

    static String country(int i) {
        return "country/C" + String.format("%02d", i);
    }

    private void places() {
        for (int r = 0; r < 10; r++) {
            typed("region/m49-9" + r, "Region", "Region " + r);
        }
        for (int i = 0; i < shape.countries(); i++) {
            String c = country(i);
            typed(c, "Country", "Country " + i);
            lit(c, NS + "iso3", String.format("C%02d", i));
            iri(c, NS + "inRegion", "region/m49-9" + (i % 5));
            iri(c, NS + "inRegion", "region/m49-9" + (5 + i * 7 % 5));
            iri(c, NS + "borders", country((i + 1) % shape.countries()));
            if (i % 3 == 0) {
                iri(c, NS + "borders", country(random.nextInt(shape.countries())));
            }
            String s = "state/C" + String.format("%02d", i);
            typed(s, "State", "State " + i);
            iri(s, NS + "country", c);
            iri(s, NS + "actorType", "actor-type/state");
        }
    }

    private void actors() {
        for (int i = 0; i < shape.organisations(); i++) {
            int t = i % ACTOR_TYPES.length;
            String o = "org/o" + i;
            typed(o, ACTOR_CLASSES[t], "Organisation " + i);
            iri(o, NS + "actorType", "actor-type/" + ACTOR_TYPES[t]);
            if (i % 2 == 0) {
                iri(o, NS + "country", country(random.nextInt(shape.countries())));
            }
        }
        for (int i = 0; i < shape.sources(); i++) {
            String s = "source/s" + i;
            typed(s, "Source", "Source " + i);
            emit(node(s), uri("http://xmlns.com/foaf/0.1/page"), uri("https://example.org/source/" + i));
        }
        for (String theme : THEMES) {
            emit(
                    node("theme/" + theme),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralLang(theme.replace('-', ' '), "en"));
        }
    }

    private void frameworks() {
        element("gcm", "objective", "GCMObjective", 23);
        element("gcm", "principle", "GuidingPrinciple", 10);
        element("jvap", "domain", "JVAPDomain", 5);
    }

    private void element(String fw, String kind, String cls, int n) {
        typed("framework/" + fw, "Framework", fw.toUpperCase());
        for (int i = 1; i <= n; i++) {
            String e = "framework/" + fw + "/" + kind + "/" + i;
            typed(e, cls, fw.toUpperCase() + " " + kind + " " + i);
            emit(node(e), uri(NS + "number"), NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
            iri(e, NS + "inFramework", "framework/" + fw);
            iri("framework/" + fw, NS + "hasElement", e);
        }
    }

    private void dialogues() {
        for (int p = 0; p < shape.processes(); p++) {
            String slug = p < PROCESS_SLUGS.length ? PROCESS_SLUGS[p] : "p" + (p + 1);
            String process = "process/" + slug;
            processes.add(process);
            typed(process, "RegionalConsultativeProcess", "Process " + slug);
            memberships(slug, process);
            datesByProcess.add(new ArrayList<>());
            documentsByProcess.add(meetings(slug, process, datesByProcess.get(p)));
        }
    }

    private void memberships(String slug, String process) {
        int first = random.nextInt(shape.countries());
        for (int k = 0; k < 66; k++) {
            int c = (first + k * 3) % shape.countries();
            String role = k < 60 ? "member" : k < 62 ? "co-chair" : k < 63 ? "chair" : "observer";
            String m = "membership/" + slug + "/C" + String.format("%02d", c) + "/" + role;
            emit(node(m), RDF.type.asNode(), uri(ORG + "Membership"));
            iri(m, ORG + "member", "state/C" + String.format("%02d", c));
            iri(m, ORG + "organization", process);
            iri(m, ORG + "role", "membership-role/" + role);
            date(m, NS + "startDate", 2000 + random.nextInt(20), XSDDatatype.XSDgYear);
        }
    }

    private List<String> meetings(String slug, String process, List<String> dates) {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < shape.meetingsPerProcess(); i++) {
            int year = 2000 + i % 26;
            String when = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String meeting = "meeting/" + slug + "-" + year + "-m" + i;
            String doc = "document/" + slug + "-d" + i;
            typed(meeting, "Meeting", "Meeting " + i + " of " + slug);
            lit(meeting, DCTerms.date.getURI(), when, XSDDatatype.XSDdate);
            iri(meeting, NS + "ofDialogue", process);
            iri(meeting, NS + "meetingType", "meeting-type/ministerial-conference");
            iri(meeting, NS + "place", country(random.nextInt(shape.countries())));
            iri(meeting, NS + "adopted", doc);
            typed(doc, "OutcomeDocument", "Document " + i + " of " + slug);
            lit(doc, DCTerms.date.getURI(), when, XSDDatatype.XSDdate);
            iri(doc, NS + "ofDialogue", process);
            iri(doc, NS + "adoptedAt", meeting);
            iri(doc, NS + "documentType", "document-type/action-plan");
            docs.add(doc);
            dates.add(when);
            for (int part = 1; part <= 5; part++) {
                String p = doc + "/objective-" + part;
                typed(p, "DocumentPart", "Objective " + part);
                iri(p, DCTerms.isPartOf.getURI(), doc);
                iri(doc, DCTerms.hasPart.getURI(), p);
                if (random.nextInt(5) < 2) {
                    iri(
                            p,
                            NS + "alignedWith",
                            random.nextBoolean()
                                    ? "framework/gcm/objective/" + (1 + random.nextInt(23))
                                    : "framework/jvap/domain/" + (1 + random.nextInt(5)));
                }
                docs.add(p);
                dates.add(when);
            }
        }
        return docs;
    }

    private void programmes() {
        for (int i = 1; i <= shape.programmes(); i++) {
            String g = "programme/g" + i;
            String cls = PROGRAMME_CLASSES[random.nextInt(PROGRAMME_CLASSES.length)];
            typed(g, cls, "Programme " + i);
            for (int k = 0; k < 1 + random.nextInt(2); k++) {
                iri(g, DCTerms.subject.getURI(), "theme/" + THEMES[random.nextInt(THEMES.length)]);
            }
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                iri(g, NS + "partnerCountry", country(random.nextInt(shape.countries())));
            }
            iri(g, NS + "funder", "org/o" + random.nextInt(shape.organisations()));
            iri(
                    g,
                    NS + "implementer",
                    random.nextBoolean()
                            ? "org/o" + random.nextInt(shape.organisations())
                            : "state/C" + String.format("%02d", random.nextInt(shape.countries())));
            int start = 2005 + random.nextInt(20);
            date(g, NS + "startDate", start, XSDDatatype.XSDgYear);
            if (random.nextBoolean()) {
                date(g, NS + "endDate", start + 1 + random.nextInt(6), XSDDatatype.XSDgYear);
            }
            if ("Project".equals(cls) && i > 10 && random.nextInt(3) == 0) {
                iri(g, NS + "partOf", "programme/g" + (1 + random.nextInt(i - 1)));
            }
            if ("TalentPartnership".equals(cls)) {
                iri(g, NS + "sector", "sector/s" + random.nextInt(10));
                lit(g, NS + "budget", Integer.toString(100_000 * (1 + random.nextInt(100))), XSDDatatype.XSDdecimal);
            }
        }
    }

    private void routes() {
        String[] roles = {"origin", "transit", "transit", "transit", "destination"};
        for (int r = 1; r <= shape.routes(); r++) {
            String route = "route/r" + r;
            typed(route, "Route", "Route " + r);
            int c = random.nextInt(shape.countries());
            for (int k = 0; k < roles.length; k++) {
                String stop = route + "/stop-" + (k + 1);
                typed(stop, "RouteStop", null);
                iri(route, NS + "hasStop", stop);
                iri(stop, NS + "country", country((c + k) % shape.countries()));
                emit(
                        node(stop),
                        uri(NS + "order"),
                        NodeFactory.createLiteralDT(Integer.toString(k + 1), XSDDatatype.XSDinteger));
                iri(stop, NS + "routeRole", "route-role/" + roles[k]);
            }
        }
    }

    private void commitments() {
        for (int i = 1; i <= shape.commitments(); i++) {
            int p = random.nextInt(processes.size());
            List<String> docs = documentsByProcess.get(p);
            int d = random.nextInt(docs.size());
            String date = datesByProcess.get(p).get(d);
            String c = "commitment/c" + i;
            typed(c, "Commitment", "Commitment " + i);
            lit(c, NS + "code", "C" + i);
            lit(c, NS + "text", "Synthetic commitment number " + i);
            iri(c, NS + "statedIn", docs.get(d));
            iri(
                    c,
                    NS + "madeBy",
                    random.nextInt(10) < 7 ? processes.get(p) : "org/o" + random.nextInt(shape.organisations()));
            iri(c, NS + "lifecycle", "lifecycle/adopted");
            iri(c, DCTerms.subject.getURI(), "theme/" + THEMES[random.nextInt(THEMES.length)]);
            iri(c, PROV + "wasDerivedFrom", "source/s" + random.nextInt(shape.sources()));
            if (random.nextInt(10) < 8) {
                lit(c, DCTerms.date.getURI(), date, XSDDatatype.XSDdate);
            }
            if (random.nextBoolean()) {
                iri(c, NS + "ofDialogue", processes.get(p));
            }
            optionalLinks(c, i);
            assessments(c, i, Integer.parseInt(date.substring(0, 4)));
        }
    }

    private void optionalLinks(String c, int i) {
        if (random.nextInt(10) < 3) {
            iri(c, NS + "underFramework", random.nextBoolean() ? "framework/jvap" : "framework/gcm");
        }
        if (random.nextInt(10) < 2) {
            iri(c, NS + "alignedWith", "framework/gcm/objective/" + (1 + random.nextInt(23)));
        }
        if (random.nextInt(100) < 15) {
            date(c, NS + "dueDate", 2010 + random.nextInt(20), XSDDatatype.XSDdate);
        }
        if (random.nextInt(10) < 4) {
            iri(c, NS + "evidence", "programme/g" + (1 + random.nextInt(shape.programmes())));
        }
        if (i > 100 && random.nextInt(50) == 0) {
            iri(c, NS + "supersedes", "commitment/c" + (1 + random.nextInt(i - 1)));
        }
        if (i > 100 && random.nextInt(50) == 0) {
            iri(c, NS + "restates", "commitment/c" + (1 + random.nextInt(i - 1)));
        }
    }

    private void assessments(String c, int i, int year) {
        int n = random.nextInt(4);
        for (int k = 1; k <= n; k++) {
            String a = "assessment/c" + i + "-" + k;
            typed(a, "Assessment", "Assessment " + k + " of C" + i);
            iri(a, NS + "assesses", c);
            iri(a, NS + "status", "status/" + STATUSES[random.nextInt(STATUSES.length)]);
            date(a, NS + "assessmentDate", Math.min(2026, year + k + random.nextInt(3)), XSDDatatype.XSDdate);
            iri(a, NS + "assessmentKind", "assessment-kind/" + KINDS[random.nextInt(KINDS.length)]);
            iri(a, PROV + "wasAttributedTo", "org/o" + random.nextInt(shape.organisations()));
            iri(a, PROV + "wasDerivedFrom", "source/s" + random.nextInt(shape.sources()));
            if (random.nextInt(10) < 3) {
                iri(a, NS + "evidence", "programme/g" + (1 + random.nextInt(shape.programmes())));
            }
        }
    }

    private void typed(String s, String cls, String label) {
        if (cls != null) {
            emit(node(s), RDF.type.asNode(), uri(NS + cls));
        }
        if (label != null) {
            emit(node(s), RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en"));
        }
    }

    private void iri(String s, String p, String o) {
        emit(node(s), uri(p), node(o));
    }

    private void lit(String s, String p, String value) {
        emit(node(s), uri(p), NodeFactory.createLiteralString(value));
    }

    private void lit(String s, String p, String value, XSDDatatype type) {
        emit(node(s), uri(p), NodeFactory.createLiteralDT(value, type));
    }

    private void date(String s, String p, int year, XSDDatatype type) {
        String lexical = type == XSDDatatype.XSDgYear
                ? Integer.toString(year)
                : String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        lit(s, p, lexical, type);
    }

    private static Node node(String path) {
        return NodeFactory.createURI(path.startsWith("http") ? path : ID + path);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void emit(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
        count++;
    }
}
