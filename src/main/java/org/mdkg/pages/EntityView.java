package org.mdkg.pages;

import java.util.List;

/**
 * The page of one resource: its name and kind, its description, the sections its kind calls for, then every fact
 * about it (each with its sources and file), the facts that mention it, and its sources.
 *
 * @param incomingTotal how many facts mention it in all (the page lists the first {@link EntityPage#INCOMING_SHOWN})
 * @param formats       the same description as RDF: links to Turtle, JSON-LD, N-Triples
 */
public record EntityView(
        Layout layout,
        String iri,
        String label,
        String otherLabel,
        Cell kind,
        String description,
        List<Section> sections,
        List<Fact> facts,
        List<Fact> incoming,
        int incomingTotal,
        List<SourceRef> sources,
        List<Cell> formats) {

    public boolean hasMoreIncoming() {
        return incomingTotal > incoming.size();
    }
}
