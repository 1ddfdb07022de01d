package org.mdkg.pages;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/** The sections designed for one kind of resource, shown above the facts every page lists. */
interface KindPage {
    /** Whether a resource of these types is of this kind. */
    boolean handles(Set<Node> types);

    /** The sections for {@code resource}, read inside the page's read transaction. */
    List<Section> sections(Node resource, Labels labels);
}
