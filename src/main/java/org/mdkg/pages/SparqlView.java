package org.mdkg.pages;

import java.util.List;

/** The researcher's page: the gallery of worked examples, flagship analyses first, then grouped by tag. */
public record SparqlView(Layout layout, List<Group> groups, String prefixes) {
    /** A group of examples under a heading. */
    public record Group(String id, String title, List<Example> examples) {}

    /**
     * One worked example: its id, summary, description and tags, the text as its author wrote it (with the example
     * parameters), its REST endpoint and its short link ({@code /q/<id>} of the text).
     */
    public record Example(
            String id, String summary, String description, List<String> tags, String text, String rest, String link) {}
}
