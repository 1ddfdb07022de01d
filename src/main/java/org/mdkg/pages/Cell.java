package org.mdkg.pages;

/**
 * One value as a page shows it: its text, where it links (null: nowhere), a CSS class (status badges) and the
 * language of the text (null: the page's).
 */
public record Cell(String text, String href, String css, String lang) {
    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, null, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, href, null, null);
    }

    public Cell withCss(String value) {
        return new Cell(text, href, value, lang);
    }

    public boolean hasLink() {
        return href != null;
    }

    /** Whether the link leaves the site (opened as an ordinary link; nothing is loaded from it). */
    public boolean isExternal() {
        return href != null && (href.startsWith("http://") || href.startsWith("https://"));
    }
}
