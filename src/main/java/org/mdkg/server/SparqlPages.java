package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.mdkg.base.MdkgException;
import org.mdkg.docs.DatasetDescriptions;
import org.mdkg.http.Problems;
import org.mdkg.http.RdfAccept;
import org.mdkg.http.WebJarFiles;
import org.mdkg.store.Store;

/**
 * In front of Fuseki's {@code /sparql}: a GET without {@code query} from an RDF client gets the SPARQL Service
 * Description (browsers got the researcher's page from {@link org.mdkg.pages.Pages} before this filter); every other
 * request goes on to Fuseki. Also serves YASGUI's files at {@code /sparql/assets/} and
 * the VoID + DCAT description at {@code /.well-known/void}.
 */
final class SparqlPages extends HttpFilter {
    private static final String ASSETS = "/sparql/assets/";

    private final WebJarFiles yasgui = WebJarFiles.of(
            "org.webjars.npm",
            "zazuko__yasgui",
            Map.of(
                    "yasgui.min.js", "build/yasgui.min.js",
                    "yasgui.min.css", "build/yasgui.min.css"));
    private final DatasetDescriptions descriptions;

    SparqlPages(Store store) {
        this.descriptions = new DatasetDescriptions(store);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean isRead = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (isRead && path.startsWith(ASSETS)) {
            asset(path.substring(ASSETS.length()), resp);
        } else if (isRead && "/.well-known/void".equals(path)) {
            rdf(resp, descriptions.voidDescription(base(req)), RdfAccept.choose(req.getHeader("Accept")));
        } else if (isRead && "/sparql".equals(path) && req.getParameter("query") == null) {
            Lang lang = RdfAccept.choose(req.getHeader("Accept"));
            if (RdfAccept.isRdf(req.getHeader("Accept"))) {
                rdf(
                        resp,
                        descriptions.serviceDescription(base(req) + "/sparql", base(req) + "/.well-known/void"),
                        lang);
            } else {
                chain.doFilter(req, resp);
            }
        } else {
            chain.doFilter(req, resp);
        }
    }

    private void asset(String name, HttpServletResponse resp) throws IOException {
        var bytes = yasgui.read(name);
        if (bytes.isEmpty()) {
            Problems.send(resp, MdkgException.notFound("No such asset"), ASSETS + name);
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=86400");
        send(resp, 200, WebJarFiles.contentType(name), bytes.get());
    }

    private static void rdf(HttpServletResponse resp, Model model, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        resp.setHeader("Vary", "Accept");
        send(resp, 200, lang.getHeaderString() + "; charset=utf-8", out.toByteArray());
    }

    private static String base(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
