/**
 * The analyst's web app, as server-side HTML from jte templates ({@code src/main/jte}, compiled and type-checked at
 * build time): a page for every resource at {@code /id/…} (with Turtle, JSON-LD and N-Triples by content
 * negotiation), pages designed per kind (commitment, dialogue, country, framework and objective, programme), the
 * commitment tracker at {@code /tracker}, the partnerships view, search, the landing page and the researcher's
 * {@code /sparql} page. Pages read the store through the named-query library and small queries of their own whose
 * inputs are bound as RDF terms. They work without JavaScript; charts and the map are added on top from WebJars.
 */
package org.mdkg.pages;
