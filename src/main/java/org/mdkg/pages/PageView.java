package org.mdkg.pages;

import java.util.List;

/** A page made of a heading, a line of introduction and sections: the partnerships view and search results. */
public record PageView(Layout layout, String heading, String intro, List<Section> sections) {}
