package org.mdkg.pages;

/** A source a resource's facts rest on, numbered for the page's footnotes, with its title, publisher and address. */
public record SourceRef(int number, Cell source, String publisher, Cell page) {}
