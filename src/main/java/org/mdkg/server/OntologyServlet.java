package org.mdkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.mdkg.base.MdkgException;
import org.mdkg.docs.OntologyGraph;
import org.mdkg.docs.OntologyPage;
import org.mdkg.http.Problems;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.store.Store;

/**
 * {@code /ontology}: the ontology, its vocabularies and shapes as Turtle or JSON-LD, or as a readable page,
 * chosen by {@code ?format=ttl|jsonld|html} or else by the {@code Accept} header (HTML by default).
 */
final class OntologyServlet extends HttpServlet {
    static final String EXAMPLE_TAG = "ontology-example";

    private final transient Store store;
    private final transient List<NamedQuery> examples;

    OntologyServlet(Store store, QueryLibrary library) {
        this.store = store;
        this.examples = library.all().stream()
                .filter(q -> q.tags().contains(EXAMPLE_TAG))
                .toList();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = chooseFormat(req.getParameter("format"), req.getHeader("Accept"));
        Graph ontology = OntologyGraph.copyFrom(store.dataset());
        resp.setHeader("Vary", "Accept");
        switch (format) {
            case "ttl" -> {
                resp.setContentType("text/turtle; charset=utf-8");
                RDFDataMgr.write(resp.getOutputStream(), ontology, RDFFormat.TURTLE_PRETTY);
            }
            case "jsonld" -> {
                resp.setContentType("application/ld+json");
                RDFDataMgr.write(resp.getOutputStream(), ontology, Lang.JSONLD);
            }
            case "html" -> {
                resp.setContentType("text/html; charset=utf-8");
                resp.getOutputStream()
                        .write(new OntologyPage(ontology, examples).render().getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                Problems.send(
                        resp,
                        MdkgException.badParameter("format", "format must be ttl, jsonld or html"),
                        req.getRequestURI());
            }
        }
    }

    static String chooseFormat(String format, String accept) {
        if (format != null) {
            return format;
        }
        String a = accept == null ? "" : accept;
        if (a.contains("text/html") || a.isBlank()) {
            return "html";
        }
        if (a.contains("text/turtle")) {
            return "ttl";
        }
        if (a.contains("application/ld+json") || a.contains("application/json")) {
            return "jsonld";
        }
        return "html";
    }
}
