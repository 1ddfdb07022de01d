package org.mdkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every page's frame needs: its title, the language of its labels ({@code en} or {@code fr}, from
 * {@code ?lang=}), the address of the same page in the other language, the search box's text and the dataset
 * version the page was computed on.
 */
public record Layout(String title, String lang, String otherLang, String otherLangHref, String search, String version) {
    public static final List<String> LANGUAGES = List.of("en", "fr");

    /** The frame of a page answering {@code req}. */
    static Layout of(String title, HttpServletRequest req, String version) {
        String lang = language(req);
        String other = lang.equals("en") ? "fr" : "en";
        String search = req.getRequestURI().endsWith("/search") ? req.getParameter("q") : null;
        return new Layout(title, lang, other, withParam(req, "lang", other), search == null ? "" : search, version);
    }

    /** The language asked for with {@code ?lang=}, English unless it is French. */
    static String language(HttpServletRequest req) {
        return "fr".equals(req.getParameter("lang")) ? "fr" : "en";
    }

    /** The path and query of {@code req} with {@code name} set to {@code value}. */
    static String withParam(HttpServletRequest req, String name, String value) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (!e.getKey().equals(name)) {
                for (String v : e.getValue()) {
                    parts.add(encode(e.getKey()) + "=" + encode(v));
                }
            }
        }
        parts.add(encode(name) + "=" + encode(value));
        return req.getRequestURI() + "?" + String.join("&", parts);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code href} with this page's language kept (nothing added for English). */
    public String keepLang(String href) {
        if (lang.equals("en") || href == null || !href.startsWith("/")) {
            return href;
        }
        return href + (href.contains("?") ? "&" : "?") + "lang=" + lang;
    }
}
