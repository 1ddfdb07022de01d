package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.mdkg.http.RdfAccept;
import org.mdkg.store.Store;

/**
 * {@code GET /data?default}: the default graph as the service description declares it, the union of all named
 * graphs (what {@code /sparql} queries without {@code GRAPH}), instead of TDB2's own default graph, which mdkg
 * keeps empty. Turtle unless {@code Accept} asks for RDF/XML, JSON-LD or N-Triples; written as it is read, in one
 * read transaction.
 */
final class UnionDefaultGraph extends HttpFilter {
    private static final Map<Lang, RDFFormat> STREAMED = Map.of(
            Lang.TURTLE, RDFFormat.TURTLE_BLOCKS,
            Lang.NTRIPLES, RDFFormat.NTRIPLES,
            Lang.RDFXML, RDFFormat.RDFXML_PLAIN,
            Lang.JSONLD, RDFFormat.JSONLD);

    private final transient Store store;

    UnionDefaultGraph(Store store) {
        this.store = store;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read
                || !"/data".equals(path)
                || req.getParameter("default") == null
                || req.getParameter("graph") != null) {
            chain.doFilter(req, resp);
            return;
        }
        Lang lang = RdfAccept.choose(req.getHeader("Accept"));
        resp.setStatus(200);
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        DatasetGraph dsg = store.dataset();
        OutputStream out = resp.getOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg.getUnionGraph(), STREAMED.get(lang)));
    }
}
