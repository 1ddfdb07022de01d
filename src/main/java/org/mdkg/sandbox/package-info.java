/**
 * What a client's SPARQL may make the server do: queries bounded in size and complexity before their parser's
 * scope check (which takes quadratic time) runs, regular expressions that the query time limit interrupts and a
 * step budget bounds, and functions only from Jena's own libraries (no {@code java:} class loading). Installed on
 * the store's query context by the server, so every query and update — SPARQL, REST, writes — runs inside it.
 */
package org.mdkg.sandbox;
