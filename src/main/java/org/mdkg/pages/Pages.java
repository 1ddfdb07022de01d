package org.mdkg.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.http.Problems;
import org.mdkg.http.RdfAccept;
import org.mdkg.http.WebJarFiles;
import org.mdkg.query.PageRequest;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryLink;
import org.mdkg.query.QueryRunner;
import org.mdkg.search.SearchIndex;
import org.mdkg.store.Store;
import org.mdkg.vocab.MDKG;

/**
 * The pages, as one servlet filter in front of the endpoints: {@code /} (the landing page), {@code /id/…} and
 * {@code /resource?iri=…} (a resource: HTML for browsers, Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept}
 * or {@code ?format=}), {@code /tracker} and {@code /tracker.csv}, {@code /partnerships}, {@code /search},
 * {@code /sparql} for browsers (the researcher's page; queries go on to Fuseki), {@code /labels} (names of IRIs for
 * the result table of {@code /sparql}) and {@code /assets/…}. Anything else goes down the chain. Failures are an
 * HTML page for browsers and problem details for other clients.
 */
public final class Pages extends HttpFilter {
    private final transient Data data;
    private final transient SearchIndex search;
    private final transient Templates templates = new Templates();
    private final transient Assets assets = new Assets();
    private final transient EntityPage entities;
    private final transient EntityRdf rdf;
    private final transient TrackerPage tracker;
    private final transient SparqlGallery gallery;
    private final transient QueryLibrary library;

    /** The pages over {@code store}, reading through {@code library} and {@code runner}, searching {@code search}. */
    public Pages(Store store, QueryLibrary library, QueryRunner runner, SearchIndex search) {
        this.data = new Data(store, library, runner);
        this.search = search;
        TrackerData rows = new TrackerData(data);
        CommitmentList commitments = new CommitmentList(rows);
        this.entities = new EntityPage(
                data,
                List.of(
                        new CommitmentPage(data),
                        new ProcessPage(data, commitments),
                        new CountryPage(data, commitments),
                        new StatePage(data, commitments),
                        new FrameworkPage(data, commitments),
                        new ProgrammePage(data)));
        this.rdf = new EntityRdf(data);
        this.gallery = new SparqlGallery(library);
        this.tracker = new TrackerPage(
                data,
                rows,
                Map.of(
                        "statuses as of a date (status-as-of)",
                        String.valueOf(gallery.link("status-as-of")),
                        "the filters' facets (" + TrackerPage.FACETS + ")",
                        QueryLink.href(Data.ownText(TrackerPage.FACETS))));
        this.library = library;
    }

    /**
     * The query texts the pages link with {@code /q/<id>} (the gallery's examples, the tracker's queries) and the
     * named queries as written: resolvable on every mdkg without being shared.
     */
    public List<String> linkedQueries() {
        List<String> texts = new ArrayList<>(gallery.texts());
        library.all().forEach(q -> texts.add(q.text()));
        texts.add(Data.ownText(TrackerPage.FACETS));
        return texts;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod();
        boolean isRead = "GET".equals(method) || "HEAD".equals(method);
        try {
            if (isRead && path.startsWith(Assets.PATH)) {
                asset(path.substring(Assets.PATH.length()), resp);
            } else if (!handle(req, resp, path, isRead)) {
                chain.doFilter(req, resp);
            }
        } catch (RuntimeException e) {
            fail(req, resp, Problems.classify(e, method + " " + path), path);
        }
    }

    /** Answers the request if it is one of the pages; false to pass it on. */
    private boolean handle(HttpServletRequest req, HttpServletResponse resp, String path, boolean isRead)
            throws IOException {
        if ("/labels".equals(path) && ("POST".equals(req.getMethod()) || isRead)) {
            send(resp, "application/json", LabelLookup.json(data, req.getParameterValues("iri"), Layout.language(req)));
            return true;
        }
        if (!isRead) {
            return false;
        }
        switch (path) {
            case "", "/", "/index.html" ->
                html(resp, "index", gallery.view(layout("mdkg — Migration Dialogues Knowledge Graph", req)));
            case "/tracker" -> tracker(req, resp);
            case "/tracker.csv" -> csv(req, resp);
            case "/partnerships" -> partnerships(req, resp);
            case "/search" -> search(req, resp);
            case "/resource" ->
                entity(
                        req,
                        resp,
                        iriParam(req),
                        "/resource?iri=" + Layout.encode(iriParam(req).getURI()));
            case "/sparql" -> {
                // a browser following a link to /sparql?query=… gets the page, which runs the query in the editor
                if (!RdfAccept.prefersHtml(req.getHeader("Accept"))) {
                    return false;
                }
                html(resp, "sparql", gallery.view(layout("mdkg — SPARQL", req)));
            }
            default -> {
                if (!path.startsWith(Links.ID_PATH) || path.length() == Links.ID_PATH.length()) {
                    return false;
                }
                String iri = MDKG.ID + path.substring(Links.ID_PATH.length());
                entity(req, resp, NodeFactory.createURI(iri), path);
            }
        }
        return true;
    }

    private void entity(HttpServletRequest req, HttpServletResponse resp, Node resource, String selfHref)
            throws IOException {
        String format = req.getParameter("format");
        String accept = req.getHeader("Accept");
        resp.setHeader("Vary", "Accept");
        resp.setHeader(
                "Link",
                "<" + selfHref + (selfHref.contains("?") ? "&" : "?")
                        + "format=ttl>; rel=\"alternate\"; type=\"text/turtle\"");
        Lang lang = format == null ? null : EntityRdf.FORMATS.get(format);
        if (format != null && lang == null && !"html".equals(format)) {
            throw MdkgException.badParameter(
                    "format", "format must be one of " + EntityRdf.KEYWORDS + ", got '" + format + "'");
        }
        boolean html = "html".equals(format)
                || (format == null && (!RdfAccept.isRdf(accept) || RdfAccept.prefersHtml(accept)));
        if (html) {
            Layout layout = layout("", req);
            EntityView view = entities.build(resource, layout, selfHref).orElseThrow(() -> unknown(resource));
            html(
                    resp,
                    "entity",
                    new EntityView(
                            layout(view.label() + " — mdkg", req),
                            view.iri(),
                            view.label(),
                            view.otherLabel(),
                            view.kind(),
                            view.description(),
                            view.sections(),
                            view.facts(),
                            view.incoming(),
                            view.incomingTotal(),
                            view.sources(),
                            view.formats()));
            return;
        }
        var graph = rdf.describe(resource);
        if (graph.isEmpty()) {
            throw unknown(resource);
        }
        Lang chosen = lang != null ? lang : RdfAccept.choose(accept);
        send(resp, chosen.getHeaderString() + "; charset=utf-8", EntityRdf.write(graph, chosen));
    }

    private static MdkgException unknown(Node resource) {
        return MdkgException.notFound("The graph holds nothing about " + resource.getURI());
    }

    private static Node iriParam(HttpServletRequest req) {
        String iri = req.getParameter("iri");
        if (iri == null || iri.isBlank()) {
            throw MdkgException.badParameter("iri", "parameter 'iri' is required");
        }
        try {
            IRIs.checkEx(iri);
        } catch (RuntimeException e) {
            throw MdkgException.badParameter("iri", "'" + iri + "' is not an IRI");
        }
        return NodeFactory.createURI(iri);
    }

    private void tracker(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TrackerFilter filter = TrackerFilter.of(req);
        html(
                resp,
                "tracker",
                tracker.view(filter, layout("Commitment tracker — mdkg", req), req.getParameter("version")));
    }

    private void csv(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        TrackerFilter filter = TrackerFilter.of(req);
        resp.setHeader("Content-Disposition", "attachment; filename=\"mdkg-tracker-" + filter.date() + ".csv\"");
        send(
                resp,
                "text/csv; charset=utf-8",
                tracker.csv(filter, Layout.language(req)).getBytes(StandardCharsets.UTF_8));
    }

    private void partnerships(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String criterion = Optional.ofNullable(req.getParameter("criterion")).orElse("inclusive");
        if (!Partnerships.CRITERIA.contains(criterion)) {
            throw MdkgException.badParameter("criterion", "criterion must be one of " + Partnerships.CRITERIA);
        }
        Layout layout = layout("Partnerships — mdkg", req);
        Table table = data.read(() -> Partnerships.ranking(data, criterion, new Labels(data.dataset(), layout.lang())));
        html(
                resp,
                "partnerships",
                new PageView(
                        layout,
                        "Partnerships, weakest on " + criterion + " first",
                        criterion,
                        List.of(Section.of("ranking", "Ranking", null, table))));
    }

    private void search(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        Layout layout = layout("Search — mdkg", req);
        if (q == null || q.isBlank()) {
            html(resp, "search", new PageView(layout, "Search", "", List.of()));
            return;
        }
        PageRequest page = PageRequest.parse(req.getParameter("limit"), req.getParameter("offset"));
        var result = search.search(q, page);
        Table table = data.read(() -> SearchResults.table(result, new Labels(data.dataset(), layout.lang())));
        String intro = result.total() + (result.total() == 1 ? " result" : " results") + " for “" + q + "”";
        html(
                resp,
                "search",
                new PageView(layout, "Search", intro, List.of(Section.of("results", "Results", null, table))));
    }

    private Layout layout(String title, HttpServletRequest req) {
        return Layout.of(title, req, data.version());
    }

    private void asset(String name, HttpServletResponse resp) throws IOException {
        byte[] bytes = assets.read(name).orElseThrow(() -> MdkgException.notFound("No such asset"));
        resp.setHeader("Cache-Control", "public, max-age=3600");
        send(resp, WebJarFiles.contentType(name), bytes);
    }

    private void html(HttpServletResponse resp, String template, Object model) throws IOException {
        send(resp, "text/html; charset=utf-8", templates.render(template, model));
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A failure: an HTML page for browsers, problem details for everyone else. */
    private void fail(HttpServletRequest req, HttpServletResponse resp, MdkgException e, String path)
            throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        if (!RdfAccept.prefersHtml(req.getHeader("Accept"))) {
            Problems.send(resp, e, path);
            return;
        }
        int status = Problems.status(e.kind());
        String title = e.kind() == ErrorKind.NOT_FOUND ? "Not found" : e.kind().title();
        byte[] body = templates.render(
                "error", new ErrorView(layout(title + " — mdkg", req), status, title, e.getMessage(), e.parameter()));
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
