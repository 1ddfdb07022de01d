package org.mdkg.pages;

/** The HTML page of a failure, for browsers: status, title, what went wrong and the parameter at fault, if one. */
public record ErrorView(Layout layout, int status, String title, String detail, String parameter) {}
