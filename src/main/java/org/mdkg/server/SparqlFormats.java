package org.mdkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.http.AcceptHeader;
import org.mdkg.http.Problems;

/**
 * The format of a {@code /sparql} answer as clients ask for it. The {@code output}, {@code format} and
 * {@code results} parameters that SPARQLWrapper, Virtuoso's and Sesame's clients send ({@code json}, {@code xml},
 * {@code csv}, {@code tsv}, {@code rdf+xml}, {@code json-ld}, {@code turtle}, {@code n3}, {@code nt}, or a media type)
 * become the {@code Accept} header Fuseki negotiates with, and are hidden from it (it knows only some of them); an
 * unknown value is a 400 problem naming the parameter. A query whose {@code Accept} admits no result or RDF syntax
 * at all (say {@code image/png}) is a 406 problem listing them, rather than XML under a 200. (A browser asking for
 * HTML gets the SPARQL page with the query, from {@link org.mdkg.pages.Pages}.)
 */
final class SparqlFormats extends HttpFilter {
    static final List<String> PARAMS = List.of("output", "format", "results");

    private static final Map<String, String> BY_NAME = names();

    /** What {@code /sparql} can answer: the result syntaxes, the RDF syntaxes, and HTML (the page). */
    static final List<String> OFFERED = List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values",
            "application/json",
            "text/plain",
            "text/turtle",
            "application/n-triples",
            "application/ld+json",
            "application/rdf+xml",
            "application/n-quads",
            "application/trig",
            "text/n3",
            "application/xml",
            "text/xml",
            "text/html");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!"/sparql".equals(path) || !isQuery(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String accept = req.getHeader("Accept");
        for (String name : PARAMS) {
            String value = req.getParameter(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            String type = mediaType(value);
            if (type == null) {
                Problems.send(
                        resp,
                        MdkgException.forParameter(
                                ErrorKind.BAD_PARAMETER,
                                name,
                                name + "=" + shorten(value) + " is not a format of /sparql; use one of "
                                        + String.join(", ", BY_NAME.keySet()) + ", or a media type"),
                        path);
                return;
            }
            accept = type;
            break;
        }
        if (accept != null && !accept.isBlank() && !acceptable(accept)) {
            Problems.send(
                    resp,
                    new MdkgException(
                            ErrorKind.NOT_ACCEPTABLE,
                            "Accept: " + shorten(accept) + " admits none of the formats of /sparql: "
                                    + String.join(", ", OFFERED)),
                    path);
            return;
        }
        chain.doFilter(new Negotiated(req, accept), resp);
    }

    private static boolean isQuery(HttpServletRequest req) {
        String method = req.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return req.getParameter("query") != null;
        }
        return "POST".equals(method) && req.getParameter("update") == null;
    }

    /** The media type a format parameter names, or null if it names none. */
    static String mediaType(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (BY_NAME.containsKey(v)) {
            return BY_NAME.get(v);
        }
        return OFFERED.contains(v) && !v.equals("text/html") ? v : null;
    }

    private static boolean acceptable(String accept) {
        AcceptHeader a = AcceptHeader.of(accept);
        return a.bestExact(OFFERED) > 0 || a.exact("*/*") > 0 || wildcard(a);
    }

    private static boolean wildcard(AcceptHeader a) {
        for (String major : Set.of("application/*", "text/*")) {
            if (a.exact(major) > 0) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        // json and xml serve both result sets and graphs: Fuseki takes what fits the query form
        m.put("json", "application/sparql-results+json, application/ld+json;q=0.9");
        m.put("xml", "application/sparql-results+xml, application/rdf+xml;q=0.9");
        m.put("csv", "text/csv");
        m.put("tsv", "text/tab-separated-values");
        m.put("text", "text/plain");
        m.put("rdf+xml", "application/rdf+xml");
        m.put("rdf", "application/rdf+xml");
        m.put("json-ld", "application/ld+json");
        m.put("jsonld", "application/ld+json");
        m.put("turtle", "text/turtle");
        m.put("ttl", "text/turtle");
        m.put("n3", "text/turtle");
        m.put("nt", "application/n-triples");
        m.put("n-triples", "application/n-triples");
        m.put("ntriples", "application/n-triples");
        return Collections.unmodifiableMap(m);
    }

    /** The request with {@code Accept} as negotiated and the format parameters hidden. */
    private static final class Negotiated extends HttpServletRequestWrapper {
        private final String accept;

        Negotiated(HttpServletRequest req, String accept) {
            super(req);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return "accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("accept".equalsIgnoreCase(name)) {
                return accept == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(accept));
            }
            return super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return PARAMS.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return PARAMS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            PARAMS.forEach(m::remove);
            return Collections.unmodifiableMap(m);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
