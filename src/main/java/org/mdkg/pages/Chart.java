package org.mdkg.pages;

/**
 * A chart drawn in the browser over a table the page also shows: {@code kind} names the drawing in
 * {@code pages.js} (bar, line, pie, map, …), {@code data} is its JSON, {@code label} says in words what it shows.
 */
public record Chart(String kind, String data, String label) {}
