package org.mdkg.pages;

import java.util.List;

/**
 * One triple as a page lists it: the property, the other end (the value, or for "mentioned by" the subject), the
 * numbers of the sources it rests on (see {@link SourceRef}) and the file it is stated in.
 */
public record Fact(Cell property, Cell value, List<Integer> sources, Cell file) {}
